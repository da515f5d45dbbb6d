// Package par runs the iterations of a loop on every core: the start-up
// and reload paths hash, stat and decode thousands of guides this way.
package par
