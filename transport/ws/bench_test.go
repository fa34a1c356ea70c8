package ws_test

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/memstore"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/knowledge"
	"github.com/faqbot/faqbot/transport/ws"
	"github.com/gorilla/websocket"
)

// BenchmarkRoundTrip is one session asking one question at a time over a real loopback socket:
// frame out, decode, store Begin, engine, store Commit, encode, frame back; p50 and p99 are
// reported besides the mean. "fixed" answers with a canned reply, so it measures the transport and
// the store alone; "engine" is the real answer engine over the embedded knowledge base. "redis" is
// a real redis-server on loopback, behind the write buffer as in faqbot serve.
func BenchmarkRoundTrip(b *testing.B) {
	ix, err := knowledge.Open(knowledge.Default())
	if err != nil {
		b.Fatal(err)
	}
	engine := bot.NewEngine(ix, bot.Config{})
	for _, eng := range []struct {
		name string
		r    bot.Responder
	}{{"fixed", &echoEngine{}}, {"engine", engine}} {
		b.Run(eng.name+"/memstore", func(b *testing.B) { benchRoundTrip(b, eng.r, memstore.New(0)) })
		b.Run(eng.name+"/redis", func(b *testing.B) { benchRoundTrip(b, eng.r, MustRedisStore(b, redistest.Start(b))) })
	}
}

var benchQuestions = []string{
	"كم يدوم مفعول البوتوكس؟", "متى تبين نتيجة الحقن؟", "وش الاعراض الجانبية للبوتكس", "how long does botox last?",
}

func benchRoundTrip(b *testing.B, eng bot.Responder, store bot.Store) {
	s := mustServeWith(b, eng, store, ws.Config{SessionRate: -1, Addr: ws.AddrLimits{Rate: -1}})
	c := MustDial(b, s.URL, nil)
	c.hello("")
	frames := make([][]byte, b.N)
	for i := range frames {
		frames[i] = []byte(`{"type":"message","id":"` + strconv.Itoa(i) + `","text":"` + benchQuestions[i%len(benchQuestions)] + `"}`)
	}
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		if err := c.c.WriteMessage(websocket.TextMessage, frames[i]); err != nil {
			b.Fatal(err)
		}
		if _, _, err := c.c.ReadMessage(); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds()), "p99-µs")
}
