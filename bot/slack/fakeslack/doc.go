// Package fakeslack is a loopback fake of the parts of Slack that careerbot
// talks to, for tests: the Web API methods the adapter calls (auth.test,
// apps.connections.open, chat.postMessage, chat.postEphemeral, chat.update,
// views.publish, conversations.open, users.info), a Socket Mode websocket
// (hello, envelopes, acks, PING frames, disconnect requests, redelivery of
// unacknowledged events with retry_attempt, dropped connections) and
// response_url endpoints.
//
// Everything listens on 127.0.0.1 and is recorded: every Web API call with
// its form or JSON body, every ack and every response_url post, so tests can
// wait for what the adapter sent and check it. Errors (invalid_auth,
// not_allowed_token_type, ratelimited with Retry-After, any other code) can
// be injected per method. Posted messages are checked against Slack's Block
// Kit limits the way Slack does, so an adapter that breaks them gets the
// same error it would get from Slack.
package fakeslack
