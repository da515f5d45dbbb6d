package fakeslack

import (
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// TestFollowHelpers checks AcksFrom, DeliveryOf and Changed, and that a
// slash command delivered on a connection that dies is not redelivered.
func TestFollowHelpers(t *testing.T) {
	s := New(t, Options{AckTimeout: -1})
	dialLink := func() *websocket.Conn {
		t.Helper()
		_, m, _ := call(t, s, "apps.connections.open", s.AppToken, nil)
		u, _ := m["url"].(string)
		ws, _, err := websocket.DefaultDialer.Dial(u, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ws.Close() })
		_ = ws.SetReadDeadline(time.Now().Add(wait))
		var hello map[string]any
		if err := ws.ReadJSON(&hello); err != nil || hello["type"] != "hello" {
			t.Fatalf("hello: %v %v", hello, err)
		}
		return ws
	}
	ws := dialLink()
	changed := s.Changed()
	slash := s.Send(SlashCommands, s.SlashCommand("U1", "C1", "/salary", "CA"))
	var env map[string]any
	if err := ws.ReadJSON(&env); err != nil || env["envelope_id"] != slash {
		t.Fatalf("delivery %v %v", env, err)
	}
	if d, ok := s.DeliveryOf(slash); !ok || d.Conn != 1 || d.Attempts != 1 || d.Acked {
		t.Fatalf("delivery %+v %v", d, ok)
	}
	if err := ws.WriteJSON(map[string]any{"envelope_id": slash, "payload": map[string]string{"text": "ok"}}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-changed:
	case <-time.After(wait):
		t.Fatal("Changed not closed by the ack")
	}
	s.WaitAck(t, slash, wait)
	if acks := s.AcksFrom(0); len(acks) != 1 || acks[0].EnvelopeID != slash || string(acks[0].Payload) != `{"text":"ok"}` {
		t.Fatalf("AcksFrom(0) = %+v", acks)
	}
	if acks := s.AcksFrom(1); len(acks) != 0 {
		t.Fatalf("AcksFrom(1) = %+v", acks)
	}
	if d, _ := s.DeliveryOf(slash); !d.Acked {
		t.Errorf("acked slash command: %+v", d)
	}

	// Delivered, never acked, connection gone: no redelivery of a slash
	// command, while an event comes again on the next connection.
	lost := s.Send(SlashCommands, s.SlashCommand("U1", "C1", "/certs", ""))
	event := s.Send(EventsAPI, s.EventCallback("Ev9", s.AppMention("U1", "C1", "1.9", "", "<@U0BOT> hi")))
	for range 2 {
		if err := ws.ReadJSON(&env); err != nil {
			t.Fatal(err)
		}
	}
	s.DropConnections()
	ws2 := dialLink()
	if err := ws2.ReadJSON(&env); err != nil || env["type"] != EventsAPI || env["retry_attempt"] != float64(1) {
		t.Fatalf("after the drop got %v %v, want the event again", env, err)
	}
	if d, _ := s.DeliveryOf(lost); d.Conn != 1 || d.Attempts != 1 || d.Acked {
		t.Errorf("lost slash command: %+v", d)
	}
	if d, _ := s.DeliveryOf(event); d.Conn != 2 || d.Attempts != 2 {
		t.Errorf("redelivered event: %+v", d)
	}
	if n := len(s.CallsFrom(0)); n != 2 {
		t.Errorf("CallsFrom(0): %d calls, want the 2 apps.connections.open", n)
	}
	if posts := s.ResponsePostsFrom(0); len(posts) != 0 {
		t.Errorf("response posts %+v", posts)
	}
}
