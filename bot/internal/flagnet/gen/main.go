// Command gen trains the red-flag net (package flagnet) and writes its binary form. Run by go generate
// in package bot, from that directory. Its lines: emergencies (E) from testdata/redflags.txt,
// home-redflags.txt, clinic-flags/*.txt and the blind batteries in testdata/flagnet and testdata (the
// spent ones); non-emergencies (N) from not-redflags.txt, the same files' N lines and every question
// of the tune halves whose expect lacks "emergency". The threshold is chosen by cross-validation holding out one battery and
// one share of the tune questions at a time: the lowest one whose false alarms on the held-out tune
// questions stay within 0.5%. The same files give the same bytes.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/internal/flagnet"
)

type line struct {
	text      string // as the triage reads it
	emergency bool
	fold      int      // held out with this fold; -1: always trained on
	kind      string   // battery, tune or other
	feats     []uint32 // flagnet.Features of text: read by every training, made once
}

const folds = 24

// hardRounds is how many times the final training may count its alarmed look-alikes more.
const hardRounds = 3

// lookalikeWeight is how much a non-emergency of the red-flag corpora counts in training.
var lookalikeWeight = 1.0

// universalOnly leaves out the emergencies a clinic adds (clinic-flags, a battery's lines of one
// clinic): what is an emergency at one clinic need not be at another.
var universalOnly bool

// params are the settings measured by -cv; the chosen ones come first.
var params = []flagnet.Params{
	{Epochs: 10, Rate: 0.1, L2: 1e-4},
	{Epochs: 10, Rate: 0.1, L2: 1e-5},
	{Epochs: 5, Rate: 0.1, L2: 1e-5},
	{Epochs: 20, Rate: 0.05, L2: 1e-6},
}

func main() {
	out := flag.String("out", "flagnet.bin", "where to write the model")
	cv := flag.Bool("cv", false, "print the cross-validation of every setting and write nothing")
	tuneWeight := flag.Float64("tuneweight", 2, "weight of a tune question in training")
	flag.Float64Var(&lookalikeWeight, "lookalikeweight", 3, "weight of a look-alike non-emergency in training")
	flag.BoolVar(&universalOnly, "universal", false, "train on the universal emergencies only")
	setting := flag.Int("setting", 0, "which of the settings to train with")
	flag.Parse()
	lines, err := load()
	if err != nil {
		log.Fatal(err)
	}
	if *cv {
		for _, p := range params {
			fmt.Printf("== epochs %d rate %g l2 %g tuneweight %g\n", p.Epochs, p.Rate, p.L2, *tuneWeight)
			crossValidate(lines, p, *tuneWeight, true)
		}
		return
	}
	p := params[*setting]
	thr := crossValidate(lines, p, *tuneWeight, false)
	ex := examples(lines, -1, nil, *tuneWeight)
	m := flagnet.Train(ex, p)
	// A written look-alike the trained net still alarms on is one it has not learned: count it
	// more and train again, a few times at most (hard negatives). The threshold stays the one
	// cross-validation chose.
	for round := 0; round < hardRounds; round++ {
		hard := 0
		for i, l := range lines {
			if !l.emergency && l.kind != "tune" && m.Prob(l.feats) >= thr {
				ex[i].Weight *= 2 // ex holds every line, in order: no fold is held out
				hard++
			}
		}
		if hard == 0 {
			break
		}
		m = flagnet.Train(ex, p)
	}
	m.Threshold = float32(thr)
	for _, l := range lines {
		if !l.emergency && m.Prob(l.feats) >= thr {
			fmt.Fprintf(os.Stderr, "in-sample false alarm (%s): %s\n", l.kind, l.text)
		}
	}
	if err := os.WriteFile(*out, m.Marshal(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "flagnet: %d lines, threshold %.2f\n", len(lines), thr)
}

func examples(lines []line, fold int, held map[string]bool, tuneWeight float64) []flagnet.Example {
	var ex []flagnet.Example
	for _, l := range lines {
		if fold >= 0 && (l.fold == fold || held[l.text]) {
			continue // held out, or the same text as a held-out line
		}
		w := 1.0
		switch {
		case l.kind == "tune":
			w = tuneWeight
		case !l.emergency:
			w = lookalikeWeight // a look-alike written to trip the rules
		}
		ex = append(ex, flagnet.Example{Feats: l.feats, Emergency: l.emergency, Weight: w}) // Train only reads Feats
	}
	return ex
}

// crossValidate scores every line of a fold by the model trained without it and returns the chosen
// threshold; table prints recall and false alarms at each threshold.
func crossValidate(lines []line, p flagnet.Params, tuneWeight float64, table bool) float64 {
	prob := make([]float64, len(lines))
	// The folds are trained at once, one a core: each is deterministic and writes only its own
	// lines' probabilities, so the bytes are those of training them in turn.
	var wg sync.WaitGroup
	next := make(chan int, folds)
	for f := 0; f < folds; f++ {
		next <- f
	}
	close(next)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				held := map[string]bool{}
				for _, l := range lines {
					if l.fold == f {
						held[l.text] = true
					}
				}
				m := flagnet.Train(examples(lines, f, held, tuneWeight), p)
				for i, l := range lines {
					if l.fold == f {
						prob[i] = m.Prob(l.feats)
					}
				}
			}
		}()
	}
	wg.Wait()
	var nE, nBN, nTune int
	for _, l := range lines {
		switch {
		case l.fold < 0:
		case l.kind == "tune":
			nTune++
		case l.emergency:
			nE++
		default:
			nBN++
		}
	}
	allowed := nTune * 5 / 1000
	chosen := 1.0
	if table {
		fmt.Printf("held out: %d battery E, %d battery N, %d tune questions (0.5%% = %d)\n", nE, nBN, nTune, allowed)
		fmt.Println("threshold  recall(battery E)  FA tune N  FA battery N")
	}
	for t := 99; t >= 1; t-- {
		thr := float64(t) / 100
		caught, faTune, faBN := tally(lines, prob, thr, 0)
		if faTune <= allowed {
			chosen = thr
		}
		if table && (t%5 == 0 || t >= 90) {
			fmt.Printf("%.2f       %4d/%d %5.1f%%   %3d %4.2f%%   %3d/%d %4.1f%%\n", thr, caught, nE, 100*float64(caught)/float64(nE),
				faTune, 100*float64(faTune)/float64(nTune), faBN, nBN, 100*float64(faBN)/float64(nBN))
		}
	}
	if table {
		fmt.Printf("chosen threshold (tune FA <= 0.5%%): %.2f\n", chosen)
		// The net asked only of messages of at least so many words: a word or two give it too
		// little to go on («three», «now»).
		fmt.Println("at the chosen threshold, asked of messages of at least n words:")
		for minWords := 1; minWords <= 5; minWords++ {
			eShort := 0
			for _, l := range lines {
				if l.fold >= 0 && l.emergency && l.kind == "battery" && len(strings.Fields(l.text)) < minWords {
					eShort++
				}
			}
			caught, faTune, faBN := tally(lines, prob, chosen, minWords)
			fmt.Printf("n=%d  recall %d/%d %.1f%% (E shorter: %d)  FA tune %d %.2f%%  FA battery N %d/%d\n", minWords, caught, nE,
				100*float64(caught)/float64(nE), eShort, faTune, 100*float64(faTune)/float64(nTune), faBN, nBN)
		}
	}
	return chosen
}

// tally counts, over the held-out lines of at least minWords words that the net scores thr or more,
// the emergencies caught and the false alarms on tune questions and on battery look-alikes.
func tally(lines []line, prob []float64, thr float64, minWords int) (caught, faTune, faBN int) {
	for i, l := range lines {
		if l.fold < 0 || prob[i] < thr || minWords > 0 && len(strings.Fields(l.text)) < minWords {
			continue
		}
		switch {
		case l.kind == "tune":
			faTune++
		case l.emergency:
			caught++
		default:
			faBN++
		}
	}
	return caught, faTune, faBN
}

func load() ([]line, error) {
	var lines []line
	add := func(text string, e bool, fold int, kind string) {
		t := bot.TriageText(text)
		lines = append(lines, line{t, e, fold, kind, flagnet.Features(nil, t)})
	}
	plain := func(file string, e bool) error {
		return eachLine(file, func(s string) { add(s, e, -1, "other") })
	}
	for _, f := range []struct {
		file string
		e    bool
	}{{"testdata/redflags.txt", true}, {"testdata/home-redflags.txt", true}, {"testdata/not-redflags.txt", false}, {"testdata/flagnet/not-emergencies.txt", false}} {
		if err := plain(f.file, f.e); err != nil {
			return nil, err
		}
	}
	clinic, _ := filepath.Glob("testdata/clinic-flags/*.txt")
	// Every file of testdata/flagnet but the plain non-emergencies is a blind battery (battery-A…X from
	// rounds 3–6, flagsN-A…D from round N on).
	batteries, _ := filepath.Glob("testdata/flagnet/*.txt")
	batteries = slices.DeleteFunc(batteries, func(f string) bool { return filepath.Base(f) == "not-emergencies.txt" })
	// So is every battery spent into testdata (flags12… and the Arabizi and constructed ones), once
	// read by cause: what patients wrote there teaches the net as the older batteries do. The held
	// ones (eval/testdata/rounds/held) never train it; they measure it.
	spent, _ := filepath.Glob("testdata/flags[0-9]*.txt")
	batteries = append(batteries, spent...)
	batteries = append(batteries, "testdata/azr20-fresh.txt", "testdata/constructed20.txt")
	slices.Sort(clinic)
	slices.Sort(batteries)
	for _, file := range clinic {
		if err := eachLine(file, func(s string) {
			if k, msg, ok := strings.Cut(s, "|"); ok && (k != "E" || !universalOnly) {
				add(msg, k == "E", -1, "other")
			}
		}); err != nil {
			return nil, err
		}
	}
	for i, file := range batteries {
		if err := eachLine(file, func(s string) {
			if f := strings.SplitN(s, "|", 3); len(f) == 3 {
				if f[0] != "E" || f[1] == "any" || !universalOnly {
					add(f[2], f[0] == "E", i%folds, "battery")
				}
			}
		}); err != nil {
			return nil, err
		}
	}
	// The tune halves only: the sealed ones are never read.
	for _, c := range []string{"botox", "dental", "derma", "eye", "physio"} {
		for _, name := range []string{"tune.jsonl", "conv-tune.jsonl"} {
			err := eachLine(filepath.Join("eval/testdata/clinics", c, name), func(s string) {
				var q struct {
					Q      string
					Expect []string
					Turns  []struct {
						Q      string
						Expect []string
					}
				}
				if json.Unmarshal([]byte(s), &q) != nil {
					return
				}
				qs := append([]struct {
					Q      string
					Expect []string
				}{{q.Q, q.Expect}}, q.Turns...)
				for _, t := range qs {
					if t.Q != "" && !slices.Contains(t.Expect, "emergency") {
						h := fnv.New32a()
						h.Write([]byte(t.Q))
						add(t.Q, false, int(h.Sum32()%folds), "tune")
					}
				}
			})
			if err != nil {
				return nil, err
			}
		}
	}
	return lines, nil
}

func eachLine(file string, f func(string)) error {
	r, err := os.Open(file)
	if err != nil {
		return err
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" && !strings.HasPrefix(s, "#") {
			f(s)
		}
	}
	return sc.Err()
}
