package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"

	"github.com/careerbot-dev/careerbot/store"
)

// EnvPostgres names the variable holding the test Postgres URL.
const EnvPostgres = "CAREERBOT_TEST_POSTGRES"

// Engine makes a fresh, empty store configuration for one test.
type Engine struct {
	Name   string
	Config func(t testing.TB) store.Config
}

// SQLite is the embedded engine in t's temporary folder.
var SQLite = Engine{Name: "sqlite", Config: func(t testing.TB) store.Config {
	return store.Config{Path: filepath.Join(t.TempDir(), "careerbot.db")}
}}

// Engines returns SQLite and, when reachable, Postgres. With CI=true and
// no CAREERBOT_TEST_POSTGRES it fails the test.
func Engines(t testing.TB) []Engine {
	t.Helper()
	out := []Engine{SQLite}
	if pg, ok := PostgresEngine(t); ok {
		out = append(out, pg)
	}
	return out
}

// PostgresEngine returns the Postgres engine when CAREERBOT_TEST_POSTGRES is
// set; it fails the test when CI=true and it is not.
func PostgresEngine(t testing.TB) (Engine, bool) {
	t.Helper()
	base := os.Getenv(EnvPostgres)
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: CI must run the Postgres store tests (.ci/run starts a cluster)", EnvPostgres)
		}
		t.Logf("Postgres store tests skipped: set %s=postgres://... to run them", EnvPostgres)
		return Engine{}, false
	}
	return Engine{Name: "postgres", Config: func(t testing.TB) store.Config {
		return store.Config{URL: Schema(t, base)}
	}}, true
}

// Schema creates a schema for t on the Postgres at base (dropped at the
// end) and returns a URL whose connections use it.
func Schema(t testing.TB, base string) string {
	t.Helper()
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	var b [6]byte
	rand.Read(b[:])
	name := "t_" + hex.EncodeToString(b[:])
	if _, err := db.ExecContext(context.Background(), `CREATE SCHEMA `+name); err != nil {
		db.Close()
		t.Fatalf("%s: creating a test schema: %v", EnvPostgres, err)
	}
	t.Cleanup(func() {
		db.ExecContext(context.Background(), `DROP SCHEMA `+name+` CASCADE`)
		db.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	v := u.Query()
	v.Set("search_path", name)
	u.RawQuery = v.Encode()
	return u.String()
}
