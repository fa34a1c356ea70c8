package whatsapp

import "github.com/prometheus/client_golang/prometheus"

// metrics are the bridge's Prometheus series. They are registered on the registry passed in
// Options (none: kept but not exported).
type metrics struct {
	webhooks     *prometheus.CounterVec
	messages     *prometheus.CounterVec
	duplicates   prometheus.Counter
	sent         prometheus.Counter
	retries      prometheus.Counter
	sendErrors   *prometheus.CounterVec
	tokenExpired prometheus.Counter
	statuses     *prometheus.CounterVec
	recovered    prometheus.Counter
	inMemory     prometheus.Counter
}

func newMetrics(reg prometheus.Registerer, queued func() float64) (*metrics, error) {
	m := &metrics{
		webhooks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "faqbot_whatsapp_webhooks_total",
			Help: "WhatsApp webhook POSTs by result: ok, bad_signature, too_large, bad_request, ignored, queue_full, closed.",
		}, []string{"result"}),
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "faqbot_whatsapp_messages_total",
			Help: "Incoming WhatsApp messages by kind: question, media, reaction, ignored.",
		}, []string{"kind"}),
		duplicates: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "faqbot_whatsapp_duplicates_total",
			Help: "Incoming WhatsApp messages dropped because their id had been seen (redeliveries, concurrent copies).",
		}),
		sent: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "faqbot_whatsapp_sent_total",
			Help: "Messages accepted by the Graph API.",
		}),
		retries: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "faqbot_whatsapp_send_retries_total",
			Help: "Graph API requests retried after a throughput limit, server error or network failure.",
		}),
		sendErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "faqbot_whatsapp_send_errors_total",
			Help: "Graph API requests that finally failed, by Meta error code (0: no code, e.g. network).",
		}, []string{"code"}),
		tokenExpired: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "faqbot_whatsapp_token_expired_total",
			Help: "Graph API answers saying the access token is expired or revoked (error 190): renew WHATSAPP_ACCESS_TOKEN.",
		}),
		statuses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "faqbot_whatsapp_statuses_total",
			Help: "Delivery statuses received for our messages, by status.",
		}, []string{"status"}),
		recovered: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "faqbot_whatsapp_recovered_total",
			Help: "Queued WhatsApp messages and statuses taken over from a replica that died (or stalled) before finishing them.",
		}),
		inMemory: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "faqbot_whatsapp_memory_queued_total",
			Help: "WhatsApp webhooks queued in memory only, because the Redis queue was unavailable: lost if this replica dies.",
		}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.webhooks, m.messages, m.duplicates, m.sent, m.retries, m.sendErrors,
		m.tokenExpired, m.statuses, m.recovered, m.inMemory, prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "faqbot_whatsapp_queued",
			Help: "Incoming WhatsApp messages and statuses waiting for a worker.",
		}, queued)} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}
