// Package flagnet is a small learned safety net for the red-flag triage: a logistic regression over
// hashed character n-grams (2–5) and word unigrams and bigrams of the triage's normalised text. The
// hand-written rules do not generalise to phrasings nobody wrote a rule for; n-grams of what people
// write in emergencies might. Its weights are trained by ./gen (go generate in package bot) from lines
// kept in the repo, and read here from their binary form.
package flagnet

import (
	"encoding/binary"
	"errors"
	"math"
	"unicode/utf8"
)

// Bits is the log2 of the number of hashed feature buckets.
const Bits = 18

const mask = 1<<Bits - 1

// Features appends to dst the buckets of the padded text s («␠w1␠w2␠»): its character 2- to 5-grams
// (the spaces included, so a gram at a word's edge is marked as such) and its words and word pairs.
func Features(dst []uint32, s string) []uint32 {
	var starts [6]int // byte offsets of the last runes read, a ring
	n := 0
	for i := range s {
		starts[n%6] = i
		n++
		_, size := utf8.DecodeRuneInString(s[i:])
		for k := 2; k <= 5 && k <= n; k++ {
			dst = append(dst, hash(0x9e37+uint32(k), s[starts[(n-k)%6]:i+size])&mask)
		}
	}
	// Words and word pairs: split on the single spaces of the padded text.
	prev := ""
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ' ' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		w := s[start:i]
		start = -1
		dst = append(dst, hash(0x51, w)&mask)
		if prev != "" {
			dst = append(dst, hash2(0x52, prev, w)&mask)
		}
		prev = w
	}
	return dst
}

// hash is FNV-1a of s, seeded by the kind of feature.
func hash(seed uint32, s string) uint32 {
	h := uint32(2166136261) ^ seed
	h *= 16777619
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func hash2(seed uint32, a, b string) uint32 {
	h := hash(seed, a)
	h ^= ' '
	h *= 16777619
	for i := 0; i < len(b); i++ {
		h ^= uint32(b[i])
		h *= 16777619
	}
	return h
}

// Model is a trained net: a weight a bucket, a bias, and the threshold its probability must pass.
type Model struct {
	W         []float32
	Bias      float32
	Threshold float32
}

// Prob returns the model's probability that the features tell an emergency. Features are counts
// scaled to unit length, so a long message weighs no more than a short one.
func (m *Model) Prob(feats []uint32) float64 {
	if len(feats) == 0 {
		return 0
	}
	var z float64
	for _, f := range feats {
		z += float64(m.W[f])
	}
	z = z/math.Sqrt(float64(len(feats))) + float64(m.Bias)
	return 1 / (1 + math.Exp(-z))
}

const magic = "FNET1"

// Marshal returns the model's binary form: magic, bits, bias, threshold, then the weights, all
// little-endian.
func (m *Model) Marshal() []byte {
	out := make([]byte, 0, len(magic)+12+4*len(m.W))
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, Bits)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.Bias))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.Threshold))
	for _, w := range m.W {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(w))
	}
	return out
}

// Unmarshal reads a model from its binary form.
func Unmarshal(b []byte) (*Model, error) {
	if len(b) < len(magic)+12 || string(b[:len(magic)]) != magic {
		return nil, errors.New("flagnet: not a model")
	}
	b = b[len(magic):]
	if binary.LittleEndian.Uint32(b) != Bits {
		return nil, errors.New("flagnet: model of another size")
	}
	m := &Model{
		Bias:      math.Float32frombits(binary.LittleEndian.Uint32(b[4:])),
		Threshold: math.Float32frombits(binary.LittleEndian.Uint32(b[8:])),
	}
	b = b[12:]
	if len(b) != 4<<Bits {
		return nil, errors.New("flagnet: truncated model")
	}
	m.W = make([]float32, 1<<Bits)
	for i := range m.W {
		m.W[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return m, nil
}
