package bot

import (
	"errors"
	"fmt"
	"time"
)

// Error codes. Users see the message of a coded error; anything else is
// logged and shown as a short apology.
const (
	EINVALID  = "invalid"   // the user's input is not acceptable
	ENOTFOUND = "not_found" // the thing asked for does not exist
	ELIMITED  = "limited"   // rate limited or overloaded
	EINTERNAL = "internal"  // a bug or an outage: never shown verbatim
)

// Error is a coded error whose Message is safe to show to a user.
type Error struct {
	Code    string
	Message string
	// RetryAfter, on a rate-limit refusal, is when the user may ask again.
	RetryAfter time.Duration
}

func (e *Error) Error() string { return fmt.Sprintf("careerbot %s: %s", e.Code, e.Message) }

// Errorf returns a coded error with a formatted, user-facing message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of a coded error, EINTERNAL for any other error
// and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// RetryAfter returns the wait carried by a coded rate-limit error, or 0.
func RetryAfter(err error) time.Duration {
	var e *Error
	if errors.As(err, &e) {
		return e.RetryAfter
	}
	return 0
}

// Apology is what users see when something broke on our side.
const Apology = "Sorry, something went wrong on my side while answering that. Please try again in a moment."

// ErrorMessage returns the user-facing text for err: the message of a coded
// error (other than EINTERNAL) or the generic apology.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != EINTERNAL {
		return e.Message
	}
	return Apology
}
