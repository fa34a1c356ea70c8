package bot_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/faqbot/faqbot/bot"
)

// BenchmarkRespond answers the dev questions in turn and reports the per-question latency
// percentiles (target of issue 2: p99 ≤ 250 µs on 2 cores).
func BenchmarkRespond(b *testing.B) {
	f, err := os.Open("eval/testdata/dev.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c struct{ Q string }
		if json.Unmarshal(sc.Bytes(), &c) == nil {
			qs = append(qs, c.Q)
		}
	}
	f.Close()
	benchRespond(b, mustEngine(b), qs)
}

// benchRespond answers qs in turn, as first messages, and reports the latency percentiles.
func benchRespond(b *testing.B, e *bot.Engine, qs []string) {
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		e.Respond(qs[i%len(qs)], bot.State{})
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1e3, "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1e3, "p99-µs")
}

// liveQuestions are the messages of the WebSocket round-trip benchmark: the engine's share of a
// live-chat reply is measured on them.
var liveQuestions = []string{"كم يدوم مفعول البوتوكس؟", "متى تبين نتيجة الحقن؟", "وش الاعراض الجانبية للبوتكس", "how long does botox last?"}

// BenchmarkRespondLive answers the live-chat benchmark's four questions in turn, as first messages.
func BenchmarkRespondLive(b *testing.B) { benchRespond(b, mustEngine(b), liveQuestions) }

// arabiziWord is a Latin word with a digit written for an Arabic letter ("3an", "btfid").
var arabiziWord = regexp.MustCompile(`(?i)\b[a-z]*[235789][a-z]+|\b[a-z]+[235789][a-z]*`)

// BenchmarkRespondArabizi answers the Arabizi questions of the clinics' tune halves (less the
// holdout round) in turn, against the embedded knowledge base: the slowest messages to triage.
func BenchmarkRespondArabizi(b *testing.B) {
	files, err := filepath.Glob("eval/testdata/clinics/*/tune.jsonl")
	if err != nil || len(files) == 0 {
		b.Fatal("no tune halves", err)
	}
	var qs []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			var c struct{ ID, Q string }
			if json.Unmarshal([]byte(line), &c) == nil && !strings.Contains(c.ID, "-r14-") && arabiziWord.MatchString(c.Q) {
				qs = append(qs, c.Q)
			}
		}
	}
	if len(qs) == 0 {
		b.Fatal("no Arabizi questions")
	}
	benchRespond(b, mustEngine(b), qs)
}
