package twilio

import (
	"context"
	"encoding/json"
	"hash/fnv"
	"time"

	"github.com/faqbot/faqbot/transport/whatsapp"
)

// With a queue (Options.Queue), the webhook stores each message in Redis and answers at once with
// an empty response; readers, one a shard, answer it through the Messages API. A replica killed
// after the 200 leaves its messages pending in Redis, and the next reader takes them once stale.

// queueShards splits the queue by patient, so one patient's messages are answered in order.
const queueShards = 2

// Timings, as the Cloud API bridge's.
const (
	queueAddTimeout = 2 * time.Second
	sendTimeout     = time.Minute
)

func (h *Handler) startQueue(q whatsapp.Queue) {
	h.queue, h.consumer = q, whatsapp.ConsumerName()
	ctx, cancel := context.WithCancel(context.Background())
	h.stop = cancel
	for shard := range queueShards {
		h.readers.Add(1)
		go func() {
			defer h.readers.Done()
			whatsapp.RunQueue(ctx, q, shard, h.consumer, h.log, func(items []whatsapp.Queued) {
				for _, it := range items {
					h.answer(ctx, it)
				}
				if !whatsapp.WaitWritten(h.svc.Store, queueAddTimeout) {
					h.log.Warn("twilio log entries not yet in the store; queue items marked done anyway")
				}
			})
		}()
	}
}

// Close stops the queue's readers and waits for the messages they are answering (bounded by
// ctx); what they have not finished stays in Redis for the other replicas.
func (h *Handler) Close(ctx context.Context) error {
	if h.stop == nil {
		return nil
	}
	h.stop()
	done := make(chan struct{})
	go func() { h.readers.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (h *Handler) enqueue(ctx context.Context, m message) error {
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, queueAddTimeout)
	defer cancel()
	f := fnv.New32a()
	f.Write([]byte(m.WaID))
	return h.queue.Add(ctx, int(f.Sum32()%queueShards), data)
}

// answer handles one queued message and sends its answer. A Retried item's reader died after
// claiming it, maybe after logging the answer and before sending it: the logged answer is sent
// (again), the one case where a patient may get an answer twice.
func (h *Handler) answer(ctx context.Context, it whatsapp.Queued) {
	var m message
	if err := json.Unmarshal(it.Data, &m); err != nil {
		h.log.Error("twilio queue item unreadable: dropped", "id", it.ID, "err", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sendTimeout)
	defer cancel()
	if !it.Retried {
		ok, err := h.claim.Claim(ctx, claimKey(m.Sid), whatsapp.DedupeTTL)
		if err != nil {
			h.log.Warn("twilio dedupe unavailable", "err", err)
		} else if !ok {
			return
		}
	}
	out := h.handle(ctx, m)
	if out.Entry == nil || (out.Duplicate && !it.Retried) {
		return
	}
	for _, part := range Messages(*out.Entry.Reply) {
		if err := h.SendText(ctx, m.WaID, part); err != nil {
			h.log.Warn("twilio send failed", "to", whatsapp.MaskPhone(m.WaID), "err", err)
			return
		}
	}
}
