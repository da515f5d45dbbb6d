// Package storetest gives tests the store engines to run against: SQLite in
// a temporary folder always, and Postgres when CAREERBOT_TEST_POSTGRES holds
// a URL (each test gets its own schema). With CI=true and no URL the tests
// fail instead of skipping, so CI never drops the Postgres half silently.
package storetest
