package bot

// Kind is what sort of reply the patient gets; the values are the contract of CONTRACTS.md §2.
type Kind string

const (
	KindAnswer    Kind = "answer"
	KindClarify   Kind = "clarify"
	KindEmergency Kind = "emergency"
	KindSmalltalk Kind = "smalltalk"
	KindHandoff   Kind = "handoff"
	KindFallback  Kind = "fallback"
)

// Source names the clinic text an answer was taken from.
type Source struct {
	Doc     string  `json:"doc"`
	Title   string  `json:"title"`
	Section string  `json:"section"`
	Score   float64 `json:"score"`
}

// Reply is the bot's answer to one patient message, as carried to every channel.
// Sources and Suggestions are never nil, so they encode as [] rather than null.
type Reply struct {
	Kind        Kind     `json:"kind"`
	Text        string   `json:"text"`
	Sources     []Source `json:"sources"`
	Suggestions []string `json:"suggestions"`
	Confidence  float64  `json:"confidence"`
	// Held is true on what the bot says while staff hold the conversation: the one acknowledgement
	// that a person has the message (kind handoff: not an answer, so the message is answered when
	// staff hand the conversation back), or the emergency guidance. Staff still hold it.
	Held bool `json:"held,omitempty"`
}
