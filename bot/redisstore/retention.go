package redisstore

import (
	"context"
	"fmt"
	"reflect"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
)

// Idle returns up to n conversations whose last activity is before t, oldest first: what a
// retention sweep erases.
func (s *Store) Idle(ctx context.Context, t time.Time, n int) ([]string, error) {
	if n <= 0 {
		n = 100
	}
	ids, err := s.c.ZRangeByScore(ctx, s.IndexKey(""), &redis.ZRangeBy{
		Min: "-inf", Max: scoreBefore(t), Count: int64(n)}).Result()
	if err != nil {
		return nil, fmt.Errorf("redisstore: idle conversations: %w", err)
	}
	return ids, nil
}

// indexNames are every index a conversation can be in.
func indexNames() []string {
	names := []string{"", "ch:" + bot.ChannelWeb, "ch:" + bot.ChannelWhatsApp}
	for _, k := range []bot.Kind{bot.KindAnswer, bot.KindClarify, bot.KindEmergency, bot.KindSmalltalk, bot.KindHandoff, bot.KindFallback} {
		names = append(names, "kind:"+string(k))
	}
	return names
}

// all lists every key of Keys, so a key added to that struct is erased without anyone
// remembering to add it here.
func (k Keys) all() []string {
	v := reflect.ValueOf(k)
	out := make([]string, 0, v.NumField())
	for i := range v.NumField() {
		if s, ok := v.Field(i).Interface().(string); ok && s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Erase deletes conversation conv: every key of it (session, log, answers, meta, …) and its entries
// in every index, in one round trip. It reports whether there was anything to erase. A patient
// still connected starts a fresh log with their next message.
func (s *Store) Erase(ctx context.Context, conv string) (bool, error) {
	if conv == "" {
		return false, errNoConv
	}
	pipe := s.c.Pipeline()
	// The conversation's keys share a hash tag, so one DEL covers them even in a cluster.
	del := pipe.Del(ctx, s.Keys(conv).all()...)
	var zrems []*redis.IntCmd
	for _, name := range indexNames() {
		zrems = append(zrems, pipe.ZRem(ctx, s.IndexKey(name), conv))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return false, fmt.Errorf("redisstore: erase: %w", err)
	}
	found := del.Val() > 0
	for _, z := range zrems {
		found = found || z.Val() > 0
	}
	return found, nil
}
