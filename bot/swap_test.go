package bot_test

import (
	"sync"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

func TestSwappableSwapsUnderLoad(t *testing.T) {
	old := mustEngine(t)
	doc := &knowledge.Document{ID: "new", Title: "نحت الذقن", Lang: "ar", Sections: []knowledge.Section{{ID: "s1",
		Title: "نحت الذقن", Level: 2, Blocks: []knowledge.Block{{Kind: knowledge.Paragraph, Text: "نحت الذقن بالبوتوكس يرخي عضلة الذقن."}}}}}
	ix, err := knowledge.Build([]*knowledge.Document{doc}, nil)
	if err != nil {
		t.Fatal(err)
	}
	next := bot.NewEngine(ix, bot.Config{})
	s := bot.NewSwappable(old)
	if r, _ := s.Respond("نحت الذقن", bot.State{}); r.Kind == bot.KindAnswer && r.Sources[0].Doc == "new" {
		t.Fatal("the old engine knew the new document")
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if r, _ := s.Respond("كم يدوم البوتوكس", bot.State{}); r.Text == "" {
					t.Error("empty reply during swap")
				}
			}
		}()
	}
	s.Swap(next)
	wg.Wait()
	r, _ := s.Respond("نحت الذقن", bot.State{})
	if r.Kind != bot.KindAnswer || r.Sources[0].Doc != "new" {
		t.Errorf("after Swap got %s %+v, want an answer from the new document", r.Kind, r.Sources)
	}
	if s.Engine() != next {
		t.Error("Engine() is not the swapped-in engine")
	}
}
