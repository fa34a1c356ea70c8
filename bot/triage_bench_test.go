package bot

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// BenchmarkTriage runs the home clinic's triage over the dev questions, as Respond does before
// anything else: its share of Respond's latency.
func BenchmarkTriage(b *testing.B) {
	f, err := os.Open("eval/testdata/dev.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var ts []padText
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c struct{ Q string }
		if json.Unmarshal(sc.Bytes(), &c) == nil {
			ts = append(ts, padded(knowledge.Words(c.Q)))
		}
	}
	f.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		home.triage(ts[i%len(ts)])
	}
}

// BenchmarkTriageNet runs the learned net alone over the dev questions: its share of triage's cost
// when the rules find nothing.
func BenchmarkTriageNet(b *testing.B) {
	f, err := os.Open("eval/testdata/dev.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var ts []padText
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c struct{ Q string }
		if json.Unmarshal(sc.Bytes(), &c) == nil {
			ts = append(ts, newPadText(TriageText(c.Q)))
		}
	}
	f.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		netFlags(&ts[i%len(ts)])
	}
}
