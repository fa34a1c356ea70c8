package bot

// Engine answers patient messages from the knowledge base. Safe for concurrent use.
// (Being built: triage, smalltalk, handoff and knowledge search land in this file's package.)
type Engine struct{}

// Respond turns one patient message into a reply and the conversation state for the next turn.
func (e *Engine) Respond(text string, st State) (Reply, State) {
	return Reply{Kind: KindFallback, Text: "…", Sources: []Source{}, Suggestions: []string{}}, st
}
