package content

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"

	"github.com/careerbot-dev/careerbot/internal/wire"
)

// The parsed-guides snapshot's encoding of a value: a walk of its type
// (structs field by field, so a field added to bot.Guide is kept without
// changes here), with lengths and integers as varints. Strings decoded
// are substrings of one string holding the whole snapshot, so reading
// 10,000 guides allocates their structure and not each string again.
// Empty slices decode as nil, empty maps as empty maps, as gob's did.

type guideWriter struct{ b []byte }

func (w *guideWriter) num(v uint64) { w.b = binary.AppendUvarint(w.b, v) }

func (w *guideWriter) str(s string) { w.num(uint64(len(s))); w.b = append(w.b, s...) }

func (w *guideWriter) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.String:
		w.str(v.String())
	case reflect.Bool:
		if v.Bool() {
			w.num(1)
		} else {
			w.num(0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.b = binary.AppendVarint(w.b, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		w.num(v.Uint())
	case reflect.Float32, reflect.Float64:
		w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(v.Float()))
	case reflect.Struct:
		for i := range v.NumField() {
			if err := w.value(v.Field(i)); err != nil {
				return fmt.Errorf("%s: %w", v.Type().Field(i).Name, err)
			}
		}
	case reflect.Pointer:
		if v.IsNil() {
			w.num(0)
			return nil
		}
		w.num(1)
		return w.value(v.Elem())
	case reflect.Slice:
		w.num(uint64(v.Len()))
		for i := range v.Len() {
			if err := w.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			if err := w.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		if v.IsNil() {
			w.num(0)
			return nil
		}
		w.num(uint64(len(keys)) + 1) // an empty map is not nil (as with gob)
		for _, k := range keys {
			if err := w.value(k); err != nil {
				return err
			}
			if err := w.value(v.MapIndex(k)); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("cannot encode a %s", v.Type())
	}
	return nil
}

type guideReader struct {
	s   string // the whole snapshot
	at  int
	err error
}

var errSnapshotDamaged = errors.New("snapshot damaged")

func (r *guideReader) num() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := wire.Uvarint(r.s[r.at:])
	if n <= 0 {
		r.err = errSnapshotDamaged
		return 0
	}
	r.at += n
	return v
}

// count is a length that must fit in what is left of the snapshot.
func (r *guideReader) count() int {
	n := r.num()
	if n > uint64(len(r.s)-r.at) {
		r.err = errSnapshotDamaged
		return 0
	}
	return int(n)
}

func (r *guideReader) str() string {
	n := r.count()
	if r.err != nil {
		return ""
	}
	s := r.s[r.at : r.at+n]
	r.at += n
	return s
}

func (r *guideReader) value(v reflect.Value) {
	if r.err != nil {
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(r.str())
	case reflect.Bool:
		v.SetBool(r.num() != 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		u := r.num()
		x := int64(u >> 1)
		if u&1 != 0 {
			x = ^x
		}
		v.SetInt(x)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(r.num())
	case reflect.Float32, reflect.Float64:
		if r.at+8 > len(r.s) {
			r.err = errSnapshotDamaged
			return
		}
		var u uint64
		for i := 7; i >= 0; i-- {
			u = u<<8 | uint64(r.s[r.at+i])
		}
		r.at += 8
		v.SetFloat(math.Float64frombits(u))
	case reflect.Struct:
		for i := range v.NumField() {
			r.value(v.Field(i))
		}
	case reflect.Pointer:
		if r.num() == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		r.value(p.Elem())
		v.Set(p)
	case reflect.Slice:
		n := r.count()
		if n == 0 || r.err != nil {
			return
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			r.value(s.Index(i))
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			r.value(v.Index(i))
		}
	case reflect.Map:
		n := r.count()
		if n == 0 || r.err != nil {
			return
		}
		n--
		m := reflect.MakeMapWithSize(v.Type(), n)
		for range n {
			k := reflect.New(v.Type().Key()).Elem()
			e := reflect.New(v.Type().Elem()).Elem()
			r.value(k)
			r.value(e)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	default:
		r.err = fmt.Errorf("cannot decode a %s", v.Type())
	}
}
