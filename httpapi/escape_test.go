package httpapi

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
)

// Text the user typed comes back escaped in the API's Markdown fields, and
// as typed in "text".
func TestAskEchoesTypedTextEscaped(t *testing.T) {
	e := newEnv(t, Config{})
	typed := "[Login](https://example.com/x)"
	a, raw := decodeAnswer(t, postAsk(t, e, askJSON("/salary "+typed, "")))
	if a.Answered || !strings.Contains(a.Body, "recognise") {
		t.Fatalf("not the state error: %+v", a)
	}
	if strings.Contains(a.Body, typed) || !strings.Contains(a.Body, `\[Login\](https://example.com/x)`) {
		t.Errorf("body not escaped: %s", a.Body)
	}
	if !strings.Contains(raw["text"].(string), typed) {
		t.Errorf("text must show what was typed: %v", raw["text"])
	}
}

// The web chat renders the escaped body as the text typed (a text node),
// never as a link; guide Markdown still renders. Runs app.js's renderer
// under node with a minimal DOM.
func TestWebChatRendersEscapedTextAsText(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	e := newEnv(t, Config{})
	a, _ := decodeAnswer(t, postAsk(t, e, askJSON("/salary [Login](https://example.com/x)", "")))
	body, _ := json.Marshal(a.Body + "\n\n- **Bold** and [a guide link](https://example.org/g)")
	app, _ := filepath.Abs("web/app.js")
	script := `
const src = require('fs').readFileSync(` + strconvQuote(app) + `, 'utf8');
const code = src.slice(src.indexOf('  function el('), src.indexOf('  // followUpLine'));
function mk(tag) { return {tag, children: [], set textContent(v) { this.children = [{text: v}]; }, appendChild(c) { this.children.push(c); } }; }
const document = {createElement: mk, createTextNode: (t) => ({text: t}), baseURI: 'http://127.0.0.1/'};
const commands = new Map([['salary', true]]);
const {renderBody} = new Function('document', 'commands', 'input', 'ask', code + '; return {renderBody};')(document, commands, {}, () => {});
function show(n) { return n.text !== undefined ? n.text : '<' + n.tag + (n.href ? ' href=' + n.href : '') + '>' + n.children.map(show).join('') + '</' + n.tag + '>'; }
const root = mk('div');
renderBody(root, ` + string(body) + `);
console.log(show(root));
`
	out, err := exec.Command(node, "-e", script).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	html := string(out)
	if !strings.Contains(html, `"[Login](https://example.com/x)"`) || strings.Contains(html, "href=https://example.com/x") {
		t.Errorf("typed link rendered as a link or lost:\n%s", html)
	}
	if !strings.Contains(html, "<strong>Bold</strong>") || !strings.Contains(html, "<a href=https://example.org/g>a guide link</a>") {
		t.Errorf("guide Markdown no longer renders:\n%s", html)
	}
}

func strconvQuote(s string) string { b, _ := json.Marshal(s); return string(b) }

// The career field is checked like the text (input limits), although it
// becomes an option only when the line is parsed inside the router.
func TestAskCareerFieldChecked(t *testing.T) {
	e := newEnv(t, Config{}, bot.InputLimits(50))
	a, _ := decodeAnswer(t, postAsk(t, e, askJSON("/certs", "ml\x01engineer")))
	if a.Code != bot.EINVALID || !strings.Contains(a.Body, "control characters") {
		t.Fatalf("control characters in career accepted: %+v", a)
	}
}
