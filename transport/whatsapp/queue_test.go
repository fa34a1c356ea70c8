package whatsapp

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
)

// fakeQueue is a Queue in memory: items given to Next once each; down makes every call fail.
type fakeQueue struct {
	mu    sync.Mutex
	down  bool
	items map[int][]Queued
	done  []string
}

var errDown = errors.New("redis down")

func (q *fakeQueue) Add(ctx context.Context, shard int, data []byte) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.down {
		return errDown
	}
	q.items[shard] = append(q.items[shard], Queued{ID: time.Now().String(), Data: data})
	return nil
}

func (q *fakeQueue) Next(ctx context.Context, shard int, consumer string, block time.Duration) ([]Queued, error) {
	q.mu.Lock()
	items, down := q.items[shard], q.down
	q.items[shard] = nil
	q.mu.Unlock()
	if down {
		return nil, errDown
	}
	if len(items) == 0 {
		select {
		case <-time.After(10 * time.Millisecond):
		case <-ctx.Done():
		}
	}
	return items, nil
}

func (q *fakeQueue) Touch(ctx context.Context, shard int, consumer string, ids ...string) error {
	return nil
}

func (q *fakeQueue) Done(ctx context.Context, shard int, ids ...string) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.done = append(q.done, ids...)
	return nil
}

func (q *fakeQueue) Stale() time.Duration { return time.Second }

// With the Redis queue down, a delivery is still acknowledged and answered, from memory.
func TestQueueDownAnswersFromMemory(t *testing.T) {
	sh := newShared(t)
	q := &fakeQueue{down: true, items: map[int][]Queued{}}
	r := newRig(t, sh, func(o *Options) { o.Queue = q })
	if code := r.post(t, delivery(text(patient, "wamid.DOWN1", arabicQuestion))); code != 200 {
		t.Fatalf("POST: %d", code)
	}
	r.close(t)
	if sends := sentTo(sh, patient); sends != 1 {
		t.Errorf("%d answers sent, want 1", sends)
	}
	if got := r.metric(t, "faqbot_whatsapp_memory_queued_total"); got != 1 {
		t.Errorf("faqbot_whatsapp_memory_queued_total = %v, want 1", got)
	}
}

// A message taken over from a dead reader that had logged its answer but not sent it is sent now;
// a fresh item of an answered message (Meta's redelivery) is not.
func TestRetriedItemResendsLoggedAnswer(t *testing.T) {
	sh := newShared(t)
	conv := testIDs.Conversation(testPhoneID, patient)
	svc := &bot.Service{Engine: clinic, Store: sh.store}
	sess := bot.Session{ConversationID: conv, Channel: bot.ChannelWhatsApp, Patient: patient, Created: time.Now(), LastSeen: time.Now()}
	if _, err := svc.Handle(t.Context(), &sess, "wamid.LOGGED", arabicQuestion); err != nil {
		t.Fatal(err)
	}
	// The dead reader had claimed both.
	for _, id := range []string{"wamid.LOGGED", "wamid.AGAIN"} {
		sh.claimer.Claim(t.Context(), claimKey(id), DedupeTTL)
	}
	item := func(id string) []byte {
		data, _ := json.Marshal([]stored{{Msg: &Message{PhoneNumberID: testPhoneID, From: patient, ID: id, Type: "text", Kind: KindQuestion, Text: arabicQuestion}}})
		return data
	}
	q := &fakeQueue{items: map[int][]Queued{}}
	r := newRig(t, sh, func(o *Options) { o.Queue = q; o.Shards = 1 })
	q.mu.Lock()
	q.items[0] = []Queued{{ID: "1-0", Data: item("wamid.LOGGED"), Retried: true}, {ID: "2-0", Data: item("wamid.AGAIN")}}
	q.mu.Unlock()
	waitFor(t, func() bool { q.mu.Lock(); defer q.mu.Unlock(); return len(q.done) == 2 })
	r.close(t)
	if sends := sentTo(sh, patient); sends != 1 {
		t.Errorf("%d answers sent, want 1: the logged answer, once", sends)
	}
	if got := r.metric(t, "faqbot_whatsapp_recovered_total"); got != 1 {
		t.Errorf("faqbot_whatsapp_recovered_total = %v, want 1", got)
	}
	hist, _ := sh.store.History(t.Context(), conv)
	if len(hist) != 2 {
		t.Errorf("%d entries logged, want the first 2 only", len(hist))
	}
}

func sentTo(sh shared, to string) int {
	n := 0
	for _, s := range sh.graph.Sends() {
		if s.To() == to && s.Answer == 200 {
			n++
		}
	}
	return n
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(waitLong); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
	}
}
