package main

import (
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore/redistest"
	"github.com/faqbot/faqbot/transport/whatsapp"
)

// clusterURL starts a 3-master Redis Cluster and names it as REDIS_URL does: two of its nodes
// (the client learns the third from them).
func clusterURL(t *testing.T) (string, *redistest.Cluster) {
	t.Helper()
	cl := redistest.StartCluster(t, 3)
	addrs := cl.Addrs()
	return "redis+cluster://" + addrs[0] + "," + addrs[1], cl
}

// Two replicas on a Redis Cluster: the same conversation, console, staff reply and resume as on
// one Redis, with the conversation's keys on one master and the console's indexes on (maybe)
// another.
func TestServeCluster(t *testing.T) {
	url, cl := clusterURL(t)
	a, b := mustReplicas(t, url)
	if _, ok := a.redis.Client().(*redis.ClusterClient); !ok {
		t.Fatalf("REDIS_URL %s gave a %T, want a cluster client", url, a.redis.Client())
	}
	testReplicas(t, a, b)
	if code, body := get(t, b.URL+"/readyz"); code != 200 {
		t.Errorf("/readyz on the cluster = %d %q", code, body)
	}
	// Keys spread over the masters: a cluster in use, not one node.
	used := 0
	for _, n := range cl.Nodes {
		if size, err := n.Client(t).DBSize(t.Context()).Result(); err == nil && size > 0 {
			used++
		}
	}
	if used < 2 {
		t.Errorf("keys on %d of 3 masters, want them spread", used)
	}
}

// WhatsApp on a cluster: copies of one delivery on both replicas are answered once (Claim), and
// a staff reply goes out through the bridge.
func TestServeClusterWhatsApp(t *testing.T) {
	url, _ := clusterURL(t)
	a, b, graph := whatsappServersOn(t, url)
	engine, err := loadEngine("", bot.Config{})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := engine.Respond(question, bot.State{})
	wantParts := whatsapp.Render(want, waPatient, "ar", "")
	copiesAnsweredOnce(t, a, b, graph, waText("wamid.CLUSTER1", question), wantParts, "CLUSTER")
	conv := waConv(t, waPatient)
	a.settled(t)
	b.settled(t)
	h, err := b.redis.History(t.Context(), conv)
	if err != nil || len(h) != 6 {
		t.Errorf("history on the cluster: %d entries (%v), want 3 questions and 3 answers", len(h), err)
	}
	entry := bot.Entry{ID: bot.NewID(), From: bot.FromStaff, Text: "سنتصل بك.", Name: "Noura"}
	sum, err := b.redis.Summary(t.Context(), conv)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := (whatsappPatients{b.Server}).Send(t.Context(), sum, entry); !ok || err != nil {
		t.Fatalf("staff send through B: %v %v", ok, err)
	}
	s := graph.Sends()
	if l := s[len(s)-1]; l.To() != waPatient || !strings.Contains(l.Text(), entry.Text) {
		t.Errorf("staff message sent as %s", l.Raw)
	}
}
