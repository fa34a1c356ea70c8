package flagnet

import (
	"math"
	"math/rand"
)

// Example is one training line: its features and whether it is an emergency.
type Example struct {
	Feats     []uint32
	Emergency bool
	Weight    float64 // how much the line counts; 0 counts as 1
}

// Params are the training's settings.
type Params struct {
	Epochs int
	Rate   float64 // AdaGrad's step
	L2     float64 // per-step shrinkage of the weights a line touches
}

// Train fits a logistic regression by AdaGrad over the examples, in an order drawn from a fixed seed:
// the same examples give the same weights.
func Train(ex []Example, p Params) *Model {
	w := make([]float64, 1<<Bits)
	g2 := make([]float64, 1<<Bits)
	var bias, gb float64
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(1))
	for epoch := 0; epoch < p.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			e := &ex[i]
			if len(e.Feats) == 0 {
				continue
			}
			scale := 1 / math.Sqrt(float64(len(e.Feats)))
			z := bias
			for _, f := range e.Feats {
				z += w[f] * scale
			}
			y := 0.0
			if e.Emergency {
				y = 1
			}
			g := 1/(1+math.Exp(-z)) - y
			if e.Weight > 0 {
				g *= e.Weight
			}
			for _, f := range e.Feats {
				gf := g*scale + p.L2*w[f]
				g2[f] += gf * gf
				w[f] -= p.Rate * gf / math.Sqrt(g2[f]+1e-8)
			}
			gb += g * g
			bias -= p.Rate * g / math.Sqrt(gb+1e-8)
		}
	}
	m := &Model{W: make([]float32, len(w)), Bias: float32(bias)}
	for i, v := range w {
		m.W[i] = float32(v)
	}
	return m
}
