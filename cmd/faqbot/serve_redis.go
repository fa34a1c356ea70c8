package main

import (
	"context"

	"github.com/faqbot/faqbot/transport/relay"
	"github.com/faqbot/faqbot/transport/staff"
	"github.com/faqbot/faqbot/transport/ws"
)

// Several replicas on one Redis (or one Redis Cluster, REDIS_URL=redis+cluster://…): sessions and
// logs are in Redis already; what lives in a process — patients' WebSockets and the staff consoles'
// live updates — is joined across replicas by transport/relay over Redis pub/sub. With the
// in-process Redis there is nobody to join, and the hub and an in-process bus serve alone.

// replicaParts is what the server keeps for the other replicas.
type replicaParts struct {
	relay *relay.Relay // nil: this replica is alone (in-process Redis)
}

// startRelay joins the other replicas when Redis is shared. Call it once the hub exists and before
// the staff console is mounted.
func (s *Server) startRelay(ctx context.Context) error {
	if s.cfg.redisURL == "" {
		return nil
	}
	cctx, cancel := context.WithTimeout(ctx, connectTimeout)
	defer cancel()
	r, err := relay.New(cctx, s.redis, s.hub, relay.Options{Log: s.log})
	if err != nil {
		return err
	}
	s.replicas.relay = r
	s.log.InfoContext(ctx, "relaying staff messages and console events between replicas", "replica", r.ID())
	return nil
}

// deliverer reaches web patients on whichever replica holds their WebSocket.
func (s *Server) deliverer() ws.Deliverer {
	if s.replicas.relay != nil {
		return s.replicas.relay
	}
	return s.hub
}

// staffBus is the consoles' event bus: shared by the replicas, or nil for the console's own.
func (s *Server) staffBus() staff.Bus {
	if s.replicas.relay != nil {
		return s.replicas.relay.Bus()
	}
	return nil
}

// stopRelay publishes what is queued and removes this replica's presence (bounded by ctx). Call it
// after the hub has closed its connections and before Redis closes.
func (s *Server) stopRelay(ctx context.Context) error {
	if s.replicas.relay == nil {
		return nil
	}
	err := s.replicas.relay.Close(ctx)
	s.replicas.relay = nil
	return err
}
