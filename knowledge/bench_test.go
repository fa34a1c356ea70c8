package knowledge

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// devQuestions reads the questions of the bot's dev set: the patients' questions the engine is graded on.
func devQuestions(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open("../bot/eval/testdata/dev.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c struct{ Q string }
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatal(err)
		}
		qs = append(qs, c.Q)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(qs) == 0 {
		tb.Fatal("no dev questions")
	}
	return qs
}

// BenchmarkSearch searches the embedded knowledge base with the dev questions in turn, and reports
// the median and 99th percentile of one search besides the mean (ns/op).
func BenchmarkSearch(b *testing.B) {
	ix, err := Open(Default())
	if err != nil {
		b.Fatal(err)
	}
	benchQuestions(b, func(q string) { ix.Search(Query{Text: q}) })
}

// benchQuestions asks the dev questions in turn, and reports the median and 99th percentile of one
// besides the mean (ns/op).
func benchQuestions(b *testing.B, ask func(q string)) {
	qs := devQuestions(b)
	var lat []time.Duration
	i := 0
	for b.Loop() {
		start := time.Now()
		ask(qs[i%len(qs)])
		lat = append(lat, time.Since(start))
		i++
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds()), "p50-ns")
	b.ReportMetric(float64(lat[min(len(lat)-1, len(lat)*99/100)].Nanoseconds()), "p99-ns")
}

// syntheticDocs makes a knowledge base of docs × sections sections from the clinic's own sentences,
// shuffled with a fixed seed: Arabic text with the real vocabulary and sentence lengths.
func syntheticDocs(tb testing.TB, docs, sections int) []*Document {
	tb.Helper()
	seed, err := Load(Default())
	if err != nil {
		tb.Fatal(err)
	}
	var sentences, titles []string
	for _, d := range seed {
		for _, s := range d.Sections {
			if s.Title != "" {
				titles = append(titles, s.Title)
			}
			for _, bl := range s.Blocks {
				for _, sn := range strings.FieldsFunc(bl.Text, func(r rune) bool { return strings.ContainsRune(".؟?!:\n", r) }) {
					if sn = strings.TrimSpace(sn); len([]rune(sn)) > 20 {
						sentences = append(sentences, sn+".")
					}
				}
			}
		}
		for _, f := range d.FAQs {
			titles = append(titles, f.Question)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	out := make([]*Document, docs)
	for di := range out {
		d := &Document{ID: fmt.Sprintf("doc%04d", di), Title: pick(titles), Lang: "ar", Path: fmt.Sprintf("doc%04d.md", di)}
		for si := 0; si < sections; si++ {
			s := Section{ID: fmt.Sprintf("s%d", si+1), Title: pick(titles), Level: 2}
			for p := 1 + rng.IntN(3); p > 0; p-- {
				var para []string
				for n := 2 + rng.IntN(3); n > 0; n-- {
					para = append(para, pick(sentences))
				}
				s.Blocks = append(s.Blocks, Block{Kind: Paragraph, Text: strings.Join(para, " ")})
			}
			d.Sections = append(d.Sections, s)
		}
		out[di] = d
	}
	return out
}

// BenchmarkBuild10k indexes a synthetic knowledge base of 10,000 sections (1,000 documents × 10);
// the target is 2 s on two cores.
func BenchmarkBuild10k(b *testing.B) {
	docs := syntheticDocs(b, 1000, 10)
	var st Stats
	for b.Loop() {
		ix, err := Build(docs, nil)
		if err != nil {
			b.Fatal(err)
		}
		st = ix.Stats()
	}
	if st.Sections != 10000 {
		b.Fatalf("built %d sections, want 10000", st.Sections)
	}
	b.ReportMetric(float64(st.Sections)*float64(b.N)/b.Elapsed().Seconds(), "sections/s")
	b.ReportMetric(float64(st.Passages), "passages")
}

// BenchmarkSearch10k searches the synthetic knowledge base of 10,000 sections (with the embedded
// lexicon and language layer) with the dev questions in turn; the target is p99 ≤ 250 µs.
func BenchmarkSearch10k(b *testing.B) {
	lx, err := LoadLexicon(Default())
	if err != nil {
		b.Fatal(err)
	}
	ix, err := Build(syntheticDocs(b, 1000, 10), lx)
	if err != nil {
		b.Fatal(err)
	}
	benchQuestions(b, func(q string) {
		ix.Search(Query{Text: q})
		ix.UrgentSign(Words(q))
	})
}
