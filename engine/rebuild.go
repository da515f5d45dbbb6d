package engine

import "github.com/careerbot-dev/careerbot/bot"

// Rebuild returns a library of guides (as NewLibrary) for a reload: the
// guides l also holds, the very same *bot.Guide values (content.ParseCache
// hands back unchanged guides that way), are not analysed again. l keeps
// serving meanwhile; it is only read.
func (l *Library) Rebuild(guides []*bot.Guide, s bot.Searcher) (*Library, error) {
	return newLibrary(guides, s, l)
}
