package bot

import "time"

// Observer learns how each patient message went, for metrics: cmd/faqbot implements it with
// Prometheus collectors. It is told the channel, the reply kind and timings, never text, session
// or patient ids. Calls come from every conversation at once and must be quick.
type Observer interface {
	Handled(Handled)
}

// Handled describes one call of Service.Handle.
type Handled struct {
	// Channel is the conversation's channel (ChannelWeb, ChannelWhatsApp).
	Channel string
	// Kind is the kind of the reply given; "" when staff held the conversation and the bot stayed silent.
	Kind Kind
	// Duplicate is true when the message id had been answered before and the earlier reply was returned.
	Duplicate bool
	// StoreFailed is true when the store could not be written (or read, for a duplicate check); the
	// patient may still have been answered.
	StoreFailed bool
	// Engine is the time the engine took to answer (0 when it was not asked); Total the whole of
	// Handle: store reads, engine and store writes.
	Engine, Total time.Duration
}
