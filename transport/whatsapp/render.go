package whatsapp

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/faqbot/faqbot/bot"
)

// Cloud API limits, in characters (counted here as UTF-16 units, which is never fewer than Meta counts).
const (
	maxText          = 4096 // text message body
	maxButtonBody    = 1024 // body of an interactive reply-button message
	maxListBody      = 4096 // body of an interactive list message
	maxButtons       = 3
	maxButtonTitle   = 20
	maxButtonID      = 256
	maxRows          = 10
	maxRowTitle      = 24
	maxRowDesc       = 72
	maxRowID         = 200
	maxListButton    = 20 // the label of the button that opens the list
	suggestionPrefix = "s:"
)

// OutMessage is the body of POST /{phone-number-id}/messages.
type OutMessage struct {
	MessagingProduct string       `json:"messaging_product"`
	RecipientType    string       `json:"recipient_type"`
	To               string       `json:"to"`
	Type             string       `json:"type"`
	Context          *outContext  `json:"context,omitempty"`
	Text             *OutText     `json:"text,omitempty"`
	Interactive      *Interactive `json:"interactive,omitempty"`
}

type outContext struct {
	MessageID string `json:"message_id"`
}

// OutText is a text message's content.
type OutText struct {
	PreviewURL bool   `json:"preview_url"`
	Body       string `json:"body"`
}

// Interactive is a reply-button ("button") or list ("list") message.
type Interactive struct {
	Type   string   `json:"type"`
	Body   BodyText `json:"body"`
	Action Action   `json:"action"`
}

// BodyText is an interactive message's body.
type BodyText struct {
	Text string `json:"text"`
}

// Action holds the buttons of a button message, or the list's label and sections.
type Action struct {
	Buttons  []Button  `json:"buttons,omitempty"`
	Button   string    `json:"button,omitempty"`
	Sections []Section `json:"sections,omitempty"`
}

type Button struct {
	Type  string `json:"type"`
	Reply struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	} `json:"reply"`
}

type Section struct {
	Title string `json:"title,omitempty"`
	Rows  []Row  `json:"rows"`
}

type Row struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
}

func newMessage(to, typ string) OutMessage {
	return OutMessage{MessagingProduct: "whatsapp", RecipientType: "individual", To: to, Type: typ}
}

// TextMessage is a plain text message (body must already fit).
func TextMessage(to, body string) OutMessage {
	m := newMessage(to, "text")
	m.Text = &OutText{Body: body}
	return m
}

// labels are the few words the bridge itself writes, by language.
type labels struct{ more, list, onlyText string }

var (
	labelsAR = labels{
		more:     "أسئلة قد تهمك:",
		list:     "اختر سؤالاً",
		onlyText: "عذرًا، أستطيع الإجابة عن الأسئلة المكتوبة فقط. فضلاً اكتب سؤالك نصًّا، وإن أردت التحدث مع أحد موظفي العيادة فاكتب ذلك.",
	}
	labelsEN = labels{
		more:     "You may also ask:",
		list:     "Choose a question",
		onlyText: "Sorry, I can only answer written questions. Please type your question as text, or write that you would like to speak to a member of the clinic's staff.",
	}
)

func labelsFor(lang string) labels {
	if lang == "en" {
		return labelsEN
	}
	return labelsAR
}

// onlyTextReply is the reply to media, locations and the like: in the patient's language when we
// know it, in Arabic and English when we do not (a first message that is a photo).
func onlyTextReply(lang string) bot.Reply {
	text := labelsAR.onlyText + "\n\n" + labelsEN.onlyText
	switch lang {
	case "ar":
		text = labelsAR.onlyText
	case "en":
		text = labelsEN.onlyText
	}
	return bot.Reply{Kind: bot.KindFallback, Text: text, Sources: []bot.Source{}, Suggestions: []string{}}
}

// Render turns a reply into the messages that carry it to wa_id to, in order. Long text is split;
// suggestions become reply buttons when they fit and a list otherwise, carried by the last part of
// the text when it fits the interactive body. Emergency replies are text only. replyTo, when set,
// quotes the patient's message on the first part. lang picks the language of our own labels.
func Render(r bot.Reply, to, lang, replyTo string) []OutMessage {
	chunks := SplitText(r.Text, maxText)
	sugg := cleanSuggestions(r.Suggestions)
	var out []OutMessage
	if r.Kind == bot.KindEmergency || len(sugg) == 0 {
		for _, c := range chunks {
			out = append(out, TextMessage(to, c))
		}
	} else {
		lb := labelsFor(lang)
		asButtons := fitsButtons(sugg)
		bodyMax := maxListBody
		if asButtons {
			bodyMax = maxButtonBody
		}
		body := lb.more
		if n := len(chunks); n > 0 && width(chunks[n-1]) <= bodyMax {
			body, chunks = chunks[n-1], chunks[:n-1]
		}
		for _, c := range chunks {
			out = append(out, TextMessage(to, c))
		}
		m := newMessage(to, "interactive")
		if asButtons {
			m.Interactive = buttonsMessage(body, sugg)
		} else {
			m.Interactive = listMessage(body, lb.list, sugg)
		}
		out = append(out, m)
	}
	if replyTo != "" && len(out) > 0 {
		out[0].Context = &outContext{MessageID: replyTo}
	}
	return out
}

func buttonsMessage(body string, sugg []string) *Interactive {
	in := &Interactive{Type: "button", Body: BodyText{Text: body}}
	for _, s := range sugg {
		var b Button
		b.Type = "reply"
		b.Reply.ID = suggestionPrefix + truncate(s, maxButtonID-len(suggestionPrefix), "")
		b.Reply.Title = s
		in.Action.Buttons = append(in.Action.Buttons, b)
	}
	return in
}

func listMessage(body, label string, sugg []string) *Interactive {
	in := &Interactive{Type: "list", Body: BodyText{Text: body}}
	in.Action.Button = truncate(label, maxListButton, "…")
	var sec Section
	for _, s := range sugg[:min(len(sugg), maxRows)] {
		r := Row{ID: suggestionPrefix + truncate(s, maxRowID-len(suggestionPrefix), ""), Title: s}
		if width(s) > maxRowTitle {
			// The title shows the start; the description the rest of what fits. The id keeps it whole.
			r.Title = truncate(s, maxRowTitle, "…")
			r.Description = truncate(s, maxRowDesc, "…")
		}
		sec.Rows = append(sec.Rows, r)
	}
	in.Action.Sections = []Section{sec}
	return in
}

// fitsButtons: at most three suggestions, each short enough for a button title.
func fitsButtons(sugg []string) bool {
	if len(sugg) > maxButtons {
		return false
	}
	for _, s := range sugg {
		if width(s) > maxButtonTitle {
			return false
		}
	}
	return true
}

// cleanSuggestions trims, drops empties and repeats (ids and titles must be unique) and keeps at
// most the ten a list can show.
func cleanSuggestions(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
		if len(out) == maxRows {
			break
		}
	}
	return out
}

// width counts s in UTF-16 units: what Meta's limits are measured in, at worst.
func width(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// truncate shortens s to at most n units, ending with tail when it had to cut.
func truncate(s string, n int, tail string) string {
	if width(s) <= n {
		return s
	}
	limit := n - width(tail)
	w := 0
	for i, r := range s {
		if w+utf16.RuneLen(r) > limit {
			return strings.TrimRight(s[:i], " ") + tail
		}
		w += utf16.RuneLen(r)
	}
	return s
}

// SplitText cuts s into parts of at most limit units, preferring paragraph breaks, then line
// breaks, then sentence ends, then spaces, and cutting mid-word only when a "word" is longer
// than a whole part. Parts are trimmed; an empty text gives no parts.
func SplitText(s string, limit int) []string {
	s = strings.TrimSpace(s)
	var out []string
	for {
		// prefixLen looks at most limit characters ahead: splitting stays linear in len(s).
		end := prefixLen(s, limit)
		if end == len(s) {
			break
		}
		cut := end
		for _, sep := range []string{"\n\n", "\n", ". ", "؟ ", "? ", "! ", "، ", ", ", " "} {
			// Only a break in the second half: a break near the start would leave a tiny part.
			if i := strings.LastIndex(s[:end], sep); i > 0 && i >= end/2 {
				cut = i + len(sep)
				break
			}
		}
		if part := strings.TrimSpace(s[:cut]); part != "" {
			out = append(out, part)
		}
		s = strings.TrimSpace(s[cut:])
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

// prefixLen is the byte length of the longest prefix of s at most limit units wide (at least one rune).
func prefixLen(s string, limit int) int {
	w := 0
	for i, r := range s {
		if w+utf16.RuneLen(r) > limit {
			if i == 0 {
				_, size := utf8.DecodeRuneInString(s)
				return size
			}
			return i
		}
		w += utf16.RuneLen(r)
	}
	return len(s)
}
