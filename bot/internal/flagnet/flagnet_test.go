package flagnet

import (
	"bytes"
	"testing"
)

func examples() []Example {
	var ex []Example
	for _, l := range []struct {
		s string
		e bool
	}{{" ما اقدر اتنفس ", true}, {" ولدي بلع بطارية ", true}, {" كم سعر التبييض ", false}, {" متى تفتحون ", false}} {
		ex = append(ex, Example{Feats: Features(nil, l.s), Emergency: l.e})
	}
	return ex
}

// The same lines give the same weights, and the weights read back as written.
func TestTrainDeterministic(t *testing.T) {
	p := Params{Epochs: 5, Rate: 0.1, L2: 1e-4}
	a, b := Train(examples(), p).Marshal(), Train(examples(), p).Marshal()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same lines differ")
	}
	m, err := Unmarshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.Marshal(), a) {
		t.Error("a model read back differs from the one written")
	}
	if _, err := Unmarshal(a[:len(a)-1]); err == nil {
		t.Error("a truncated model was read")
	}
}

// A trained model separates its own lines.
func TestTrainSeparates(t *testing.T) {
	m := Train(examples(), Params{Epochs: 20, Rate: 0.1})
	for _, e := range examples() {
		if p := m.Prob(e.Feats); (p >= 0.5) != e.Emergency {
			t.Errorf("%v: probability %.2f", e.Emergency, p)
		}
	}
}

// Features are the character 2- to 5-grams and the words and word pairs.
func TestFeatures(t *testing.T) {
	// " ab ": 4 runes → 3 bigrams, 2 trigrams, 1 four-gram; one word, no pair.
	if n := len(Features(nil, " ab ")); n != 7 {
		t.Errorf("%d features of « ab », want 7", n)
	}
	if n := len(Features(nil, " ab cd ")); n != 6+5+4+3+2+1 {
		t.Errorf("%d features of « ab cd », want 21", n)
	}
}
