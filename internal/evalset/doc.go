// Package evalset loads answer-quality evaluation sets (JSON Lines files under
// testdata/eval) and runs them against a bot.Answerer.
//
// Each line of a set is one case:
//
//	{"q": "salary in texas", "want": ["150,000", "(?i)texas"], "answered": true, "career": "ml-engineer"}
//
// q is the chat line as a member would type it (a slash command or free
// text). want holds Go regular expressions that must all match the answer's
// plain-text rendering (bot.RenderText); not holds expressions that must not
// match; answered is the expected Answer.Answered; career, when set, is the
// slug the answer's Career must equal. A case about a known career that
// wants only the statement that the guide lacks the point asked ("nothing
// on", "doesn't cover") is scored on the reply whichever answered it
// carries: question writers differ on how to mark them, and the reply says
// what the guide lacks either way. A case with no career counts as about a
// known career when the answer is about one of the guides' careers (writers
// leave the career out of cases they mark unanswered); a case that wants
// "no guide" never does. Blank lines and lines starting with
// "//" are ignored.
package evalset
