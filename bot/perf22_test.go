package bot

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// tuneQuestions are the questions of the clinics' tune halves and of dev, as written: the texts the
// speed rewrites are checked on (a rewrite must give what the code it replaces gave, on every one).
// Read once for the several tests that check on them; the caller must not change them.
func tuneQuestions(t testing.TB) []string {
	t.Helper()
	qs, err := tuneRead()
	if err != nil {
		t.Fatal(err)
	}
	return qs[:len(qs):len(qs)] // an append copies
}

var tuneRead = sync.OnceValues(readTuneQuestions)

func readTuneQuestions() ([]string, error) {
	files, err := filepath.Glob("eval/testdata/clinics/*/tune.jsonl")
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no tune halves %v", err)
	}
	files = append(files, "eval/testdata/dev.jsonl")
	var qs []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(data), "\n") {
			var c struct{ Q string }
			if json.Unmarshal([]byte(line), &c) == nil && c.Q != "" {
				qs = append(qs, c.Q)
			}
		}
	}
	return qs, nil
}

// perf22Texts are padded texts to check the speed rewrites on: the tune and dev questions, with
// their Arabizi skeletons. Made once and shared by tests that may run at once: the callers read
// only their s.
func perf22Texts(t *testing.T) []padText {
	t.Helper()
	texts, err := perf22Made()
	if err != nil {
		t.Fatal(err)
	}
	return texts[:len(texts):len(texts)] // an append copies
}

var perf22Made = sync.OnceValues(func() ([]padText, error) {
	qs, err := tuneRead()
	if err != nil {
		return nil, err
	}
	var texts []padText
	for _, q := range qs {
		texts = append(texts, padded(knowledge.Words(q)))
	}
	for _, tx := range texts[:len(texts):len(texts)] {
		texts = append(texts, skeletonTexts(&tx)...)
	}
	return texts, nil
})

// TestPerf22SetIndexExact checks that a set's index finds a term at every word where trying each
// term in turn finds one (the index tries a term only where the word holds its first word), over
// every flag rule and a sample of the tune questions.
func TestPerf22SetIndexExact(t *testing.T) {
	t.Parallel() // long under the race detector, and reads only
	// A 29th of them: trying every term of every set at every word is slow.
	var texts []padText
	for j, tx := range perf22Texts(t) {
		if j%29 == 0 {
			texts = append(texts, tx)
		}
	}
	checked := make([]int, shards)
	inShards(t, func(t *testing.T, shard, stride int) {
		var mine []padText
		for j := shard; j < len(texts); j += stride {
			mine = append(mine, texts[j])
		}
		checked[shard] = setIndexAgrees(t, mine, 1)
	})
	if checked := sum(checked); checked < 100 {
		t.Errorf("only %d words matched a set: the check checked little", checked)
	}
}

// TestPerf22IndexKinds checks that the index keeps terms whose first word has one, two, three or
// four bytes and more apart, and finds each only where the word holds that first word.
func TestPerf22IndexKinds(t *testing.T) {
	set := []term{{words: []string{"w"}}, {words: []string{"ma"}, prefix: true}, {words: []string{"3ay"}, prefix: true}, {words: []string{"nafas"}, prefix: true}}
	ix := newSetIndex(set)
	if len(ix.single) != 1 || len(ix.pairs) != 2 || len(ix.long) != 1 || len(ix.empty) != 0 {
		t.Fatalf("index kinds: %d single, %d pairs, %d long, %d empty", len(ix.single), len(ix.pairs), len(ix.long), len(ix.empty))
	}
	var scratch [16]string
	for w, want := range map[string]bool{"w": true, "x": false, "mazbout": true, "m": false, "3ayni": true, "wel3ayni": true, "3a": false, "nafasi": true, "bnafas": false, "nafa": false} {
		if got := ix.anyAt(set, []string{w}, 0, scratch[:]); got != want {
			t.Errorf("anyAt(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPerf22ScannerExact checks the literal automaton, renumbered and with 16-bit states, against
// strings.Contains: a text holds a key's bit exactly when it holds one of the key's literals.
func TestPerf22ScannerExact(t *testing.T) {
	sc := theScanner()
	if sc.delta16 == nil {
		t.Log("the automaton has more than 65,536 states: 32-bit table")
	}
	r := &litRegistry
	texts := perf22Texts(t)
	for _, extra := range []string{"", " ", "aaaa", "ما ما ما", "\xff\xfe", " ma b2dar atnaffas "} {
		texts = append(texts, newPadText(extra))
	}
	held := 0
	for n, tx := range texts {
		if n%7 != 0 && n < len(texts)-6 {
			continue // a seventh of them (and the extras): each costs a pass over every key
		}
		var h litHits
		sc.scan(tx.s, &h)
		for k, ids := range r.keys {
			want := slices.ContainsFunc(ids, func(id int32) bool { return strings.Contains(tx.s, r.strs[id]) })
			if got := h.keys[k/64]&(1<<(k%64)) != 0; got != want {
				t.Fatalf("%q, key %d: automaton %v, literals %v", tx.s, k, got, want)
			}
			if want {
				held++
			}
		}
	}
	if held == 0 {
		t.Error("no key held anywhere: the check checked nothing")
	}
}

// TestPerf22ScannerTables checks a small automaton with 32-bit states against one with 16-bit
// states: the same keys for every text.
func TestPerf22ScannerTables(t *testing.T) {
	strs := []string{"he", "she", "his", "hers", "ما", "نفس", "a", "ab", "bab"}
	keys := [][]int32{{0, 1}, {2}, {3}, {4, 5}, {6}, {7, 8}, {1}}
	small := newLitScanner(strs, keys)
	if small.delta16 == nil {
		t.Fatal("a small automaton should have 16-bit states")
	}
	wide := *small
	wide.delta16 = nil
	wide.delta32 = make([]uint32, len(small.delta16))
	for i, v := range small.delta16 {
		wide.delta32[i] = uint32(v)
	}
	for _, s := range []string{"ushers", "ما عندي نفس", "abab", "hi", "", "بابا"} {
		var a, b litHits
		small.scan(s, &a)
		wide.scan(s, &b)
		if !slices.Equal(a.keys, b.keys) {
			t.Errorf("%q: 16-bit %b, 32-bit %b", s, a.keys, b.keys)
		}
		for k, ids := range keys {
			want := slices.ContainsFunc(ids, func(id int32) bool { return strings.Contains(s, strs[id]) })
			if got := a.keys[0]&(1<<k) != 0; got != want {
				t.Errorf("%q, key %d: %v, want %v", s, k, got, want)
			}
		}
	}
}
