package relay

import (
	"slices"
	"testing"

	"github.com/faqbot/faqbot/transport/staff"
)

func TestAppendNew(t *testing.T) {
	var b []staff.Event
	for _, e := range []staff.Event{
		{Type: "entry", Conv: "a"}, {Type: "entry", Conv: "b"}, {Type: "entry", Conv: "a"},
		{Type: "review", Conv: "a"}, {Type: "entry", Conv: "b"}, {Type: "resync"}, {Type: "resync"},
	} {
		b = appendNew(b, e)
	}
	want := []staff.Event{{Type: "entry", Conv: "a"}, {Type: "entry", Conv: "b"}, {Type: "review", Conv: "a"}, {Type: "resync"}}
	if !slices.Equal(b, want) {
		t.Errorf("got %+v, want %+v: each event once, in first-seen order", b, want)
	}
}
