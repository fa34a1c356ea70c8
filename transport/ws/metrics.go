package ws

// Metrics counts what operators watch on the socket; cmd/faqbot implements it with Prometheus
// collectors. Calls come from every connection at once and must be quick; they carry no
// conversation id or text. (Open connections are Hub.Len.)
type Metrics interface {
	// ErrorFrame is called for every error frame sent, with its code (CodeBadRequest, CodeTooLong,
	// CodeRateLimited, CodeUnavailable).
	ErrorFrame(code string)
}

// noMetrics counts nothing: the default when Config.Metrics is nil.
type noMetrics struct{}

func (noMetrics) ErrorFrame(string) {}

// refuse sends the client an error frame and counts it. Reader goroutine only.
func (c *conn) refuse(code, msg, inReplyTo string) {
	c.h.metrics.ErrorFrame(code)
	c.enqueue(encodeError(code, msg, inReplyTo))
}
