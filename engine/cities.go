package engine

// usCities maps large US cities (lowercase) to their state code, so "pay in
// Seattle" finds Washington's figures. Guides hold state figures only; the
// answer says so.
var usCities = map[string]string{
	"new york city": "NY", "nyc": "NY", "la": "CA", "manhattan": "NY", "brooklyn": "NY", "los angeles": "CA",
	"san francisco": "CA", "sf": "CA", "bay area": "CA", "silicon valley": "CA", "the valley": "CA", "san jose": "CA",
	"san diego": "CA", "oakland": "CA", "sacramento": "CA", "palo alto": "CA", "mountain view": "CA",
	"seattle": "WA", "redmond": "WA", "bellevue": "WA", "spokane": "WA", "boston": "MA", "cambridge": "MA",
	"chicago": "IL", "houston": "TX", "dallas": "TX", "austin": "TX", "san antonio": "TX", "fort worth": "TX",
	"phoenix": "AZ", "tucson": "AZ", "philadelphia": "PA", "pittsburgh": "PA", "denver": "CO", "boulder": "CO",
	"atlanta": "GA", "miami": "FL", "orlando": "FL", "tampa": "FL", "jacksonville": "FL", "portland": "OR",
	"las vegas": "NV", "detroit": "MI", "ann arbor": "MI", "minneapolis": "MN", "nashville": "TN",
	"charlotte": "NC", "raleigh": "NC", "durham": "NC", "columbus": "OH", "cleveland": "OH", "cincinnati": "OH",
	"indianapolis": "IN", "baltimore": "MD", "salt lake city": "UT", "kansas city": "MO", "st louis": "MO",
	"new orleans": "LA", "milwaukee": "WI", "madison": "WI", "albuquerque": "NM", "honolulu": "HI",
	"anchorage": "AK", "omaha": "NE", "richmond": "VA", "newark": "NJ", "jersey city": "NJ",
	"hartford": "CT", "providence": "RI", "boise": "ID", "louisville": "KY", "oklahoma city": "OK",
	"washington dc": "DC", "little rock": "AR", "des moines": "IA", "wichita": "KS",
	"burlington": "VT", "memphis": "TN", "irvine": "CA",
	// tech hubs members name for ML work
	"cupertino": "CA", "menlo park": "CA", "sunnyvale": "CA", "santa clara": "CA", "redwood city": "CA",
	"kirkland": "WA", "somerville": "MA", "research triangle": "NC", "twin cities": "MN", "hillsboro": "OR",
}
