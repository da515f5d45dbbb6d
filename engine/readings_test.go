package engine_test

import (
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// Readings that once sent questions astray: a verb read as a topic, a
// lead-in read as a topic, a count, a word found only in a guide's key
// facts.
func TestReadings(t *testing.T) {
	shipped := testbot.New(t)
	all := testbot.FromGuides(t, allGuides(t))
	checkReadings(t, false, []reading{
		// The asker's own job, then a pay question: words too broad to be
		// a topic ("going back to work") keep it the asker's; a clause
		// that asks nothing does not make it one.
		{all, "I'm a horticulturist going back to work after 5 years with my kids, what's the pay in Texas?", []string{"No guide for horticulturist"}, []string{"$79,900"}},
		{shipped, "I'm a cloud support tech at a managed hosting company and money's been tight since my divorce, so every dollar counts right now. How much is the AWS Machine Learning Specialty exam?", []string{"$300"}, []string{"No guide"}},
		// Three letters typed in capitals before pay name a job no guide
		// has; before "exam", a credential no guide names.
		{all, "DPT salary in Colorado — worth the debt?", []string{"No guide for DPT"}, []string{"$98,600"}},
		{shipped, "PMP exam cost for PMI members?", []string{"No guide for work that takes the PMP"}, []string{"$300"}},
		{shipped, "MLE salary in CA", []string{"$185,000"}, []string{"No guide"}},
		// A role word a person holds as a job, named by a noun no guide
		// uses, is a job.
		{all, "warehouse associates in texas, whats the pay", []string{"No guide for warehouse associates"}, []string{"$79,900"}},
		{shipped, "pro valorant players, what kind of salary do they get from orgs", []string{"No guide for valorant players"}, []string{"$150,000"}},
		{shipped, "how much do the people who deliver amazon packages make", []string{"No guide for people who deliver amazon packages"}, []string{"$150,000"}},
		// Pay asked of work no career is named for: a guide found only by a
		// word one of its sections uses once gives no figures; one found
		// by words it keeps to does.
		{all, "looking after patients on overnight hospital wards, what's that pay?", []string{"No guide for that work"}, []string{"$72,400", "$98,600"}},
		{all, "the lunch ladies at my kid's school — what's their salary?", []string{"No guide for that work"}, []string{"$87,500"}},
		{all, "people in the control tower telling planes when to land, pay?", []string{"No guide for that work"}, []string{"$72,400"}},
		{all, "what do the people who map dreams make?", []string{"$98,600"}, []string{"No guide"}},
		{all, "I'm a line cook who dreams of plating dinner in zero gravity. What's the pay range up there?", []string{"$58,900"}, []string{"No guide"}},
		// A short sentence of who the asker is and their age is
		// background, set aside with the move it comes with.
		{shipped, "Jordan, BSN RN, 31 — thinking of retraining as an MLE. Realistically how long is the road?", []string{"5-8 years"}, []string{"No guide"}},
		// "make working for …" asks pay; an outfit is an employer.
		{all, "What would a station cook make working for an outfit like SpaceX?", []string{"$87,500"}, []string{"Not in the guide"}},
		{shipped, "Interviewing at Amazon for an MLE spot. what's the general median for the role?", []string{"$150,000"}, []string{"No guide"}},
		// A role word placed at an employer, pay asked after it, is a job.
		{shipped, "first year associate at a big law firm, what's the salary?", []string{"No guide for associate"}, []string{"$150,000"}},
		{shipped, "ML engineer at a big tech company, what's the salary?", []string{"$150,000"}, []string{"No guide"}},
		{all, "Horticulturist salary? Plain old plants, nothing quantum.", []string{"No guide for horticulturist"}, []string{"$72,400"}},
		// A national headcount the guide lacks: it counts its states only.
		{shipped, "how many ML engineers are there in the whole US?", []string{"Not in the guide: how many work in the whole US"}, []string{"50,000"}},
		{shipped, "where are the most ML engineers employed in the US", []string{"California"}, []string{"Not in the guide"}},
		// The asker's job told after a question in a guide's words is
		// background.
		{all, "cooking on a space station — whats the pay range? i'm a line cook rn", []string{"$58,900"}, []string{"No guide"}},
		{all, "what's the pay in Texas? I'm a nurse", []string{"No guide for nurse"}, []string{"$79,900"}},
		{all, "Hawaii: how many station galley cooks are there and what's their median?", []string{"About 95 are employed", "$91,400"}, []string{"Not in the guide"}},
		// A fact lacking, asked of a guide a word it keeps to names, is
		// said of that guide.
		{all, "is there part-time work growing superposition plants? like weekends only", []string{"Not in the guide:", "Quantum Gardener"}, []string{"Not in the guides"}},
		// A name after "at", "in" or "near" in a pay question naming a
		// career is where the work is, not a fact the guide lacks.
		{shipped, "what's an ML engineer salary at NASA JPL? dream job tbh", []string{"$150,000"}, []string{"Not in the guide"}},
		{shipped, "what's the pass rate for the NCLEX?", []string{"Not in the guide: nclex"}, []string{"$150,000", "Job outlook"}},
		// The outlook for a field's practitioners, over a span.
		{shipped, "hey, what's the job outlook for archivists over the next decade?", []string{"No guide for archivists"}, []string{"+36%"}},
		// Careers listed by their work are ranked (it was once answered
		// "I can't answer that one", not from a guide guessed).
		{all, "Out of gardening in superposition, cooking in orbit and mapping dreams, which takes the least time to get into?", []string{"Quantum Gardener is the quickest to get into (3-4 years)"}, []string{"Dream Cartographer guide doesn't"}},
		// A span after a count ("in 2 weeks", "90 min"), "a couple of" and
		// "mine" are no topic the guide lacks.
		{shipped, "got an ML eng onsite in 2 weeks, what theory stuff should i brush up on", nil, []string{"Not in the guide"}},
		{shipped, "Will a couple of cloud certs make my ML engineer application stand out?", nil, []string{"Not in the guide"}},
		{all, "Would a background in land surveying help me as a dream cartographer?", []string{"Dream Cartographer"}, []string{"Not in the guide"}},
		{shipped, "How much money does a ML eng make per year in USA?", []string{"$150,000"}, []string{"Not in the guide"}},
		{shipped, "do ML engineers need a license like a PE for civil engineers?", []string{"License"}, []string{"Not in the guide"}},
		{shipped, "is there something like a signing bonus for ML engineers?", []string{"Not in the guide"}, nil},
		{shipped, "golden state vs empire state, median for the ml eng crowd", []string{"$185,000", "$170,000"}, []string{"Not in the guide"}},
		{shipped, "data scientist here (Chicago, insurance company). what's actually different about ML engineer work vs mine?", nil, []string{"Not in the guide"}},
		// "what are those?" points back to the names before it.
		{shipped, "my boyfriend's team is choosing between feast and tecton. what are those?", []string{"feature store"}, []string{"can't answer"}},
		{shipped, "Our architects asked what Triton and TensorRT are used for in ML engineering. Could you clarify?", []string{"Triton"}, []string{"can't answer"}},
		// A relative's job told after a question stays out of it.
		{shipped, "ML engineer job growth plus the top state's median? my dad's a long-haul trucker and wants to help my brother decide", []string{"+36%", "$185,000"}, []string{"No guide"}},
		// "how much extra": an amount asked, not a film extra.
		{all, "How much extra is the hazard supplement for mapping nightmares?", []string{"hazard supplement"}, []string{"No guide for extra"}},
		// A place told beside a growth question: the growth asked, not a headcount.
		{shipped, "People keep saying ML jobs are drying up. I'm in Pittsburgh. Is demand for ML engineers growing?", []string{"+36%"}, []string{"no figure for Pennsylvania"}},
		{shipped, "What's the employment growth outlook for machine learning engineers in California?", []string{"+36%"}, nil},
		{shipped, "ML jobs in WA?", []string{"8,000"}, nil},
		// A misspelt job's name, where a job's name goes.
		{shipped, "whats the median pay for an acturay", []string{"No guide for actuary"}, []string{"$150,000"}},
		{shipped, "how do i become a dental hygenist", []string{"No guide for dental hygienist"}, []string{"The path"}},
		{shipped, "whats the median pay for an MLE", []string{"$150,000"}, []string{"No guide"}},
		// Pay asked per hour, month or paycheck, or after tax: the yearly figures worked out, or said to be gross.
		{shipped, "How much do ML engineers make per hour?", []string{"$72 an hour", "2,080"}, []string{"Not in the guide"}},
		{shipped, "cali MLE biweekly paycheck before taxes, roughly?", []string{"$7,115 every two weeks in CA", "before tax"}, []string{"Not in the guide"}},
		{shipped, "ML engineer salary in NYC, but per month please", []string{"$14,167 a month in NY"}, []string{"Vermont"}},
		{shipped, "san francisco ML eng hourly rate?", []string{"$185,000", "$89 an hour in CA"}, []string{"Job outlook"}},
		{shipped, "What's the after-tax pay for an ML engineer in New York?", []string{"$170,000", "take-home"}, []string{"Not in the guide"}},
		{shipped, "Median ML salary in NY and in CA?", []string{"$170,000", "$185,000"}, []string{"Indiana"}},
		{shipped, "how does cali compare to the national median for ML engineers, in dollars?", []string{"$35,000 above"}, nil},
		{shipped, "ml engineer pay in washington state", nil, []string{"$25,000"}},
		// A thing named by two words whose last may name a job ("credit card", "device driver").
		{shipped, "I'm still paying off a credit card. What do ML engineers make?", []string{"$150,000"}, []string{"No guide for credit card"}},
		{shipped, "analyst at a credit card company here, what's the ML engineer median in Delaware?", []string{"$150,000"}, []string{"No guide for credit card"}},
		// Jobs told in the story after the question, or in a sentence before it, are not what it asks about.
		{shipped, "My son wants to be an ML engineer like his aunt; his dad is an electrician. Is her field growing?", []string{"+36%"}, []string{"No guide for electrician"}},
		{shipped, "Which cloud ML platforms does the guide talk about? I'm 40, an IT manager at a county government in Ohio, my teenagers are way better at computers than me, and I'm trying to learn the landscape before I take any courses. My wife is a nurse and she's the one who said I should stop complaining and learn something. We have two kids in high school, so tuition is on the horizon.", []string{"SageMaker"}, []string{"No guide for nurse"}},
		{shipped, "experiment tracking tools? my teammate (a data analyst) literally uses spreadsheets for it lol", []string{"MLflow"}, []string{"No guide"}},
		// "What do X get in <place>": pay, not a way in.
		{shipped, "what do ML engineers get in the Bay State", []string{"$165,000"}, []string{"$185,000"}},
		{shipped, "what do ML engineers get in interviews", []string{"Interview"}, []string{"$150,000"}},
		// A noun of an intent that no guide's text uses names a job before a role word.
		{shipped, "what do equipment operators earn?", []string{"No guide for equipment operators"}, []string{"$150,000"}},
		// A word of the story told after the question does not pick the guide.
		{all, "Can I tend superposition seedlings part-time? I do improv", []string{"Quantum Gardener", "part-time"}, []string{"from the Machine Learning Engineer guide", "nothing on seedlings"}},
		// A state said not to be meant; a part's intent read through a typo.
		{shipped, "Bay State machine learning engineer median? (Massachusetts, not California lol)", []string{"$165,000"}, []string{"$185,000"}},
		{all, "dream cartgrapher salry in NV + cheapest cert?", []string{"$112,800", "Nightmare Contour Analyst"}, nil},
		// "How much longer until …", "how long till I could be …": the path's length.
		{shipped, "I already have a CS bachelor's. How much longer until I'm an ML engineer?", []string{"2-5 years"}, []string{"can't answer"}},
		{shipped, "career changer from accounting, how long till i could realistically be an ML engineer", []string{"5-8 years"}, []string{"can't answer"}},
		// A request that points back ("can you list them with prices?") asks of what the sentence before names.
		{shipped, "my grandaughter asked me to look up what all the ML certificates cost. can you list them with prices", []string{"$300", "$100"}, []string{"can't answer"}},
		{all, "orbital chef near Huntsville, how much", []string{"Alabama"}, []string{"can't answer"}},
		// A verb after its subject and auxiliary is no topic; a place after "in", "at", "near" is where the work is.
		{shipped, "where do people grab pre-trained models and fine-tune them?", []string{"Hugging Face"}, []string{"Not in the guide"}},
		{shipped, "how much does meta pay machine learning engineers in menlo park", []string{"$150,000"}, []string{"Not in the guide"}},
		{shipped, "ML engineers ko US mein H1B visa sponsorship milta hai kya usually?", []string{"Not in the guide"}, nil},
		// A guide's work named by its verb, set against another career.
		{all, "Does cooking in orbit pay more than quantum gardening?", []string{"$87,500", "$72,400"}, nil},
		// A noun that is also an adjective names the job after another adjective ("live sound engineer").
		{shipped, "What's a day in the life of a live sound engineer like?", []string{"No guide for sound engineer"}, []string{"A day in the life"}},
		{shipped, "what certs for a network admin?", []string{"No guide for network admin"}, []string{"AWS"}},
		{shipped, "heard elevator installers make 100k with no degree, true?", []string{"No guide for elevator installers"}, []string{"Without a degree"}},
		{shipped, "Thinking of applying at Apple in Cupertino - what's the ML engineer median in that state?", []string{"$185,000", "Cupertino is in California"}, nil},
		// A guide's name word typed without its vowels.
		{all, "qntm gardener salary", []string{"$72,400"}, []string{"No guide"}},
		{all, "silver state pay for drm cartographers??", []string{"$112,800"}, []string{"No guide"}},
		{shipped, "I want to work at Google or Meta as an MLE someday, what's the general US salary range?", []string{"$120,000"}, []string{"No guide for general"}},
		// A vendor's certificate named by a job title is a certificate the guide lacks, not the job
		{shipped, "how much does the azure AI engineer cert cost", []string{"Not in the guide: the azure AI engineer cert", "AWS Machine Learning Specialty ($300)"}, []string{"No guide"}},
		{shipped, "how much does the AWS Solutions Architect cert cost", []string{"Not in the guide: the AWS Solutions Architect cert"}, []string{"Exam price"}},
		{shipped, "My roommate got the AWS Solutions Architect cert, what does a solutions architect make?", []string{"No guide for solutions architect"}, []string{"$150,000"}},
		{all, "How much does the RPSGT sleep technologist exam cost?", []string{"No guide for sleep technologist"}, []string{"$640"}},
		// An opening label ("Headcount check:") introduces the question; it asks nothing itself
		{shipped, "Headcount check: how many MLEs in New York state?", []string{"12,000"}, []string{"Not in the guide"}},
		{shipped, "nurse question: what do they make in NY?", []string{"No guide for nurse"}, []string{"$170,000"}},
		// What someone in the asker's life does, told after the question, is no question of its own
		{shipped, "California ML engineer median? My sister teaches 3rd grade in Fresno and thinks tech pay is exaggerated.", []string{"$185,000"}, []string{"Not in the guide", "Your questions"}},
		{shipped, "How much does an ML engineer make in New York? My cousin works in finance there and keeps bragging about his salary, I want to see if ML beats it.", []string{"$170,000"}, []string{"Not in the guide"}},
		// An opening that counts the questions asks nothing itself
		{shipped, "Three questions, if that's alright: what's the median salary for an ML engineer, how long does the training take, and do I need a licence?", []string{"$150,000", "5-8 years"}, []string{"Three questions?"}},
		// A yes/no question's second alternative put as a clause of its own is the asker's doubt, not the topic
		{shipped, "is math important for ML engineering or is it all coding", []string{"linear algebra"}, []string{"Coding rounds"}},
		{shipped, "do MLEs run A/B tests or is that the analysts' job", nil, []string{"No guide"}},
		{shipped, "Do ML engineers only train models, or do they deploy and run them too?", nil, []string{"Not in the guide"}},
		{shipped, "does the Google Professional ML Engineer cert expire, or is it good for life?", []string{"nothing on"}, nil},
		// "What ... need" names the requirements only when no heading's topic is asked
		{shipped, "what kind of math do i need for MLE", []string{"linear algebra"}, []string{"What you need"}},
		{all, "what do you need to legally survey someone else's dream", []string{"Shared Dreamspace Permit"}, nil},
		// A doer noun the guide only shares a stem with ("interpreting") is another job
		{shipped, "How much does ASL interpreter certification cost?", []string{"No guide for ASL interpreter"}, []string{"$300"}},
		// The certificates needed to work on things no guide speaks of are that work's
		{shipped, "what certs do you need to work on HVAC units", []string{"No guide for people who work on HVAC units"}, []string{"$300"}},
		{shipped, "what certs do you need to work on ML pipelines", []string{"$300"}, []string{"No guide"}},
		// How soon a pay figure is reached is the path's length, beside the median
		{shipped, "How soon could I realistically be earning around $150k as an MLE if I start from zero this year?", []string{"5-8 years", "$150,000"}, []string{"Range:"}},
		// "What does X do", then how the asker wants it told, is the career's own work
		{shipped, "what does an ML engineer actually do, big picture?", []string{"What a machine learning engineer does"}, []string{"I can't answer"}},
		{shipped, "What do ML engineers do with A/B tests?", []string{"A/B"}, nil},
		// Pay asked of the ordinary kind of a guide's thing, no career named, is no guide's
		{all, "i pick tomatoes in a regular greenhouse in vermont, what's the pay around here", []string{"No guide for that work"}, []string{"$69,800"}},
		{all, "pytorch/tensorflow type jobs - what's a normal day like?", nil, []string{"No guide"}},
		// Three letters typed in capitals before a role word name a job no guide has
		{shipped, "SEO specialist - what skills matter most right now?", []string{"No guide for SEO specialist"}, []string{"Python"}},
		// "how to get into it" after a job asks about that job, not a move from it
		{shipped, "game developer how to get into it", []string{"No guide for"}, []string{"TensorFlow"}},
		{shipped, "game developer salary", []string{"No guide for game developer"}, []string{"$150,000"}},
		// State codes listed with "+" or "/" are one list
		{shipped, "mle $$ in ny + wa + ma?", []string{"$170,000", "$175,000", "$165,000"}, nil},
		// "top state" in a list of short asks is a ranking of its own
		{shipped, "outlook, top state, cheapest cert? 🙏", []string{"+36%", "California", "$100"}, nil},
		// An adjective, mostly one, before a thing the guide names is no job ("professional experience")
		{shipped, "step 4, professional experience: how long is that supposed to take?", []string{"2-3 years"}, []string{"No guide"}},
		// "just extra", "any extra" at a clause's end is the adjective, not a film extra
		{all, "is the zero-g pastry endorsement mandatory or just extra?", []string{"Zero-G Pastry"}, []string{"No guide"}},
		// Work told in a guide's own words just before "that work" is what is asked, not the story's jobs
		{all, "Ski lift operator in Denver here, and I've been looking for a year-round job. My girlfriend is a physical therapist and wants me to settle down into something steady. A friend who's a brewery worker said the Centennial State has a bunch of those shielded greenhouses where you can't look at the plants. What's the median pay for that work in Colorado?", []string{"$76,100"}, []string{"No guide"}},
		// A guide's work told after "and" names its workers too
		{shipped, "rank the states by median pay for engineers who build and deploy ML models", []string{"California", "Massachusetts"}, []string{"No guide"}},
		{shipped, "what do engineers who build bridges make", []string{"No guide"}, []string{"$150,000"}},
		// A word no dictionary or guide knows, before "position" or "role", is a job's name
		{shipped, "interview questions for a barista position", []string{"No guide for barista"}, []string{"Interview preparation"}},
		{shipped, "tips for a cybersecurity role interview", []string{"No guide for cybersecurity"}, []string{"Interview preparation"}},
		// The job moved to, told beside the asker's own and pointed back at, is the one asked about
		{shipped, "im a CNA rn, thinking about going back for my LPN. is that a good career move long term?", []string{"No guide for licensed practical nurse"}, []string{"The path into the role"}},
		// Questions numbered "(1) … (2) …" are each answered
		{shipped, "(1) whats the growth % for ML engineers (2) is a license needed (3) which state pays best", []string{"+36%", "Not required", "California pays the most"}, []string{"No guide"}},
		// An opening that counts the questions and says what they are about gives the first its subject
		{all, "Two questions about dream cartography: what's the cheapest of its certifications, and how long does the whole path take? I'm a night-shift security guard.", []string{"Nightmare Contour Analyst", "6-7 years"}, []string{"No guide"}},
		{shipped, "3 questions for ML eng: (1) CA median, (2) cheapest cert, (3) length of the production ML step?", []string{"$185,000", "TensorFlow Developer Certificate costs $100", "cheapest cert?\n"}, []string{"No guide", "cert,?"}},
		// A kind of a guide's job named by a word only that guide keeps coming back to is its job, with words only it uses beside; one it mentions in passing is another job
		{all, "Where are most of the galley cooks for space stations employed?", []string{"Florida employs the most"}, []string{"No guide"}},
		{all, "pastry chef salary in Florida?", []string{"No guide for pastry chef"}, []string{"$96,300"}},
		// "don't give me the …" sets a career aside as "not" does
		{all, "how do I become an astronaut? and don't give me the space cook stuff, I mean an actual astronaut", []string{"No guide for astronaut"}, []string{"Step 1"}},
		// A short job name before a pay figure's words
		{shipped, "web dev median salary rn? honest answer, is the market dead", []string{"No guide for web dev"}, []string{"$150,000"}},
		// A state the member says not to give ("I don't want Washington's figure") is left out
		{shipped, "what's the Oregon number for ML engineers? I'm in Portland. and no, I don't want Washington's figure", []string{"no figure for Oregon"}, []string{"$175,000"}},
		{shipped, "Philly MLE pay? and don't just hand me the New York number", []string{"no figure for Pennsylvania"}, []string{"$170,000"}},
		// Two states set side by side with nothing else asked: the state table
		{all, "Oregon vs Texas for tending superposition crops?", []string{"$84,300", "$79,900"}, []string{"What a quantum gardener does"}},
		{all, "Nevada vs Arizona for dream surveying work — is the gap even worth moving for?", []string{"$112,800", "$104,500"}, []string{"Challenges"}},
		// An opening that counts what the member needs asks nothing itself
		{shipped, "ok so I need 3 things for a decision I'm making with my wife this weekend: how much do ML engineers make in Washington state, how many openings are there nationally each year, and do I need a masters?", []string{"$175,000", "20,800", "master's"}, []string{"Not in the guide"}},
		// What the asker's own life holds ("my cohort", "my budget") is told, not asked
		{shipped, "someone in my cohort said mle interviews ask about training on 1tb of data is that real", []string{"1TB"}, []string{"Not in the guide"}},
		{shipped, "if my budget for a cert is $100 tops, what can I get?", []string{"TensorFlow"}, []string{"Not in the guide"}},
		{all, "how do I get my land surveyor license", []string{"No guide for land surveyor"}, []string{"Licensed Lucid Surveyor ·"}}, // (the licence of a job no guide has)
		// What pay comes with besides the salary is a fact the guide lacks, in a list after "or" too; "on top of" is no ranking
		{shipped, "do ML engineers typically get stock options or equity on top of salary?", []string{"Not in the guide: stock, equity"}, []string{"Machine Learning Engineer salary (US)"}},
		{shipped, "does the guide mention 401k or benefits for ML engineers?", []string{"Not in the guide: 401k"}, []string{"Machine Learning Engineer salary (US)"}},
		{all, "Do dream cartographers receive overtime pay or a night-shift differential?", []string{"Not in the guide: overtime"}, []string{"receive overtime"}},
		{shipped, "do I actually NEED a cert to get hired as an MLE or is that a bootcamp myth", []string{"helpful rather than required"}, []string{"Not in the guide"}},
		// "with only a bachelor's" is without the degree beyond it
		{shipped, "Can I get hired as a machine learning engineer with only a bachelor's?", []string{"Without a degree beyond a bachelor's?", "Generally yes"}, []string{"salary (US)"}},
		// "the techs who …": the technicians of work described
		{all, "the techs who wire people up at sleep clinics overnight - how much do they make", []string{"No guide for techs"}, []string{"$98,600"}},
		// A count one guide alone gives, asked before the guide is found, is that guide's
		{all, "how many REM cycles is one dream surveying shift", []string{"night shifts of three REM cycles"}, []string{"Not in the guides"}},
		// "bump" sets a figure beside another
		{shipped, "WA vs national for MLEs - what's the % bump?", []string{"+17%"}, []string{"Not in the guide"}},
		// A condition of work naming people in the asker's life ("our bootcamp grads") is told, not asked
		{shipped, "One of our bootcamp grads asked what the pay range looks like for ML engineers, bottom to top. What does your guide say?", []string{"$120,000", "$300,000"}, []string{"Not in the guide"}},
		// "growing entangled plants": a thing grown, an adjective before it, is no question of growth
		{all, "landscaper 6 yrs, how do i get into growing entangled plants", []string{"Quantum Gardener"}, []string{"Job outlook"}},
		{all, "what schooling do you need to grow entangled crops", []string{"associate degree in quantum horticulture"}, []string{"Job outlook"}},
		// A second "which" without its noun takes the first one's; what someone in the asker's life is doing, told after, is dropped
		{all, "Which state pays the most for orbital chefs, and which pays the least?", []string{"California pays the most", "Alabama pays the least"}, []string{"Salary by career"}},
		{all, "Which state pays the most for cooking on orbital stations, and which pays the least? My daughter is mapping out where to move after culinary school.", []string{"California pays the most"}, []string{"oneirography"}},
		// "move too fast" is the field's pace, neither a career change nor a move into it
		{shipped, "does ML move too fast to keep up? feels like every month theres a new thing", []string{"Rapid evolution"}, []string{"The path into the role"}},
		// A time the guide gives in a sentence of the question's own words, outside the path, is answered with that sentence; a path step keeps its length
		{all, "in the practical test for quantum gardener jobs how long do u get for the graft", []string{"20 minutes"}, []string{"The path into the role"}},
		{all, "how long is the parabolic flight galley training", []string{"6 weeks"}, []string{"22 seconds"}},
		// "what does each do" asks of the things named, not what the job is
		{shipped, "airflow vs dbt in ML engineering, what does each do", []string{"workflow orchestration", "transforming data"}, []string{"What a machine learning engineer does"}},
		{shipped, "ML engineers, what do they do", []string{"What a machine learning engineer does"}, nil},
		// "… for MLE jobs" names the career, not a topic the frameworks' lines lack
		{shipped, "pytorch or tensorflow, which one matters more for MLE jobs?", []string{"leading framework for both research and production"}, []string{"Key takeaways"}},
		// What is left of the path after a step named or done is the steps after it
		{shipped, "what comes after grad school in the ml path", []string{"After Step 2", "Step 3: Learn production ML", "Step 4"}, []string{"Step 1:"}},
		{all, "I'm a line cook right now. What would I still need to do to switch into cooking on a space station?", []string{"Step 3", "Step 4: Parabolic-flight galley training"}, []string{"Step 1:"}},
		// A union is a condition of work the guides lack; a credit union is an employer
		{all, "Is there a union for the superposition greenhouse workers?", []string{"Not in the guide: union"}, []string{"Step 3"}},
		{shipped, "I've been doing analytics at a credit union but I really want to move toward machine learning engineering. what's the median pay for an MLE in the Seattle area?", []string{"$175,000"}, []string{"Not in the guide"}},
		// A role word opening the message, placed ("in Oregon"), then pay asked, is the job asked about
		{shipped, "Greenhouse worker in Oregon, what's the pay?", []string{"No guide for greenhouse worker"}, []string{"$150,000"}},
		// Two kinds of people opening the message, then what is said and asked of them, are the jobs asked about
		{shipped, "translators and interpreters: are LLMs killing the job? what's the outlook", []string{"No guide for translators"}, []string{"+36%"}},
		{shipped, "friends are telling me the pay is great, whats the median", []string{"$150,000"}, []string{"No guide"}},
		// A thing no guide names, read as the one kind of it a guide the
		// other words point to speaks of (WordNet: a galley is a kitchen);
		// not when nothing else points there.
		{all, "what gear is in a space station kitchen", []string{"Orbital Chef"}, []string{"Not in the guides"}},
		{all, "line cook in a restaurant kitchen in ohio, what's my pay?", []string{"No guide"}, []string{"$87,500"}},
		// The people a job's work is for are not the job asked about.
		{all, "which state pays the most for cooking for astronauts?", []string{"California", "$104,900"}, []string{"No guide"}},
		{all, "why is food for astronauts seasoned so much stronger?", []string{"30%"}, []string{"No guide"}},
		{all, "what tools do you use to prune and water plants that are in superposition?", []string{"Heisenberg"}, []string{"No guide"}},
		{all, "lowest paying state for mapping dreams in ur data?", []string{"Illinois"}, []string{"Which career"}},
		// "When" asked of a moment: the guide's sentence with a time of
		// year in it; not "when do you need the permit?".
		{all, "when do quantum greenhouses do most of their hiring", []string{"spring"}, []string{"Practical test"}},
		{all, "when do you need a Shared Dreamspace Permit?", []string{"Shared Dreamspace Permit"}, []string{"Challenges"}},
		// A ranking asked with a guess beside it: the ranking, computed.
		{all, "which state has the fewest people mapping dreams, and how many? someone on discord said illinois", []string{"Arizona", "890"}, nil},
		{all, "what's the scariest problem in quantum gardening", []string{"Challenges"}, nil},
		// A worker of a guide's kind placed where only that guide's work is
		// done, told by a relative clause or by a word of the guide's name.
		{all, "Huntsville vs Miami for cooks who work in orbit - which state pays more?", []string{"$96,300", "$83,100"}, []string{"No guide"}},
		{all, "Cali pay: ML engineer vs a cook working in zero g — which pays more and by how much?", []string{"$185,000", "$104,900"}, []string{"No guide"}},
		{all, "line cooks who work in restaurants in ohio, pay?", []string{"No guide"}, []string{"$87,500"}},
		{all, "AWS Machine Learning Specialty — what's it actually validate?", []string{"AWS Machine Learning Specialty"}, []string{"Not in the guide"}},
		// The asker's own job told after the question is background.
		{all, "What's the pay like for people who cook for crews on orbital stations? I'm a pretty good home cook with a chronic illness and just curious.", []string{"$87,500"}, []string{"No guide"}},
		{all, "What do home cooks make? I'm a home cook myself.", []string{"No guide"}, []string{"$87,500"}},
		{all, "howdy from the Lone Star State what do quantum gardeners make here? been a landscaper in San Antonio for a decade", []string{"$79,900"}, []string{"howdy"}},
		// One state for two careers, the second told by its work: "and
		// for …", a lettered list, a state's code opening the message.
		{all, "NY question: what's the median for MLEs and for people who map dreams?", []string{"$170,000", "$121,700"}, nil},
		{all, "In New York, what's the median for a) ML engineers b) people who map dreams for a living", []string{"$170,000", "$121,700"}, nil},
		{all, "ny, how much for ML eng vs mapping dreams. trying to pick lol", []string{"$170,000", "$121,700"}, nil},
		{all, "what should I study to chart dreamscapes professionally?", []string{"Dream Cartographer"}, []string{"Machine Learning Engineer"}},
		// A word of a guide's own world that no dictionary has counts twice
		// beside a worker of its kind.
		{all, "Of the states you have information on, which pays surveyors of shared dreamscapes the most and which the least?", []string{"New York", "$121,700"}, []string{"No guide"}},
		{all, "what do greenhouse growers make in texas", []string{"No guide"}, []string{"$79,900"}},
		{shipped, "how many yrs of industry experience is the last step before you're a proper MLE?", []string{"2-3 years"}, []string{"Not in the guide"}},
		// A short lead-in before the question is not a question of its own.
		{all, "Start to finish, how long does it take to end up cooking on an orbital station?", []string{"4-5 years"}, []string{"Your questions"}},
		{all, "Money-wise, how do machine learning engineer and dream cartographer medians compare?", []string{"$150,000", "$98,600"}, []string{"Your questions"}},
		// "What would I make <doing the work>": pay for doing it.
		{all, "We're in Huntsville. What would I make cooking for station crews if I stayed in Alabama?", []string{"$83,100"}, nil},
		{shipped, "what makes a portfolio stand out", []string{"Portfolio"}, []string{"$150,000"}},
		// One or two words that only name again what the question before
		// asks are that question, not one about every career.
		{all, "what do ppl who map dreams make? median?", []string{"$98,600"}, []string{"$87,500", "Your questions"}},
		{all, "certs for growing plants in superposition: 1) which is entry-level 2) cost", []string{"$125"}, nil},
		// Pay asked of interns: the guide's figures are for the job.
		{shipped, "what do ML engineering interns get paid?", []string{"pay for interns"}, []string{"$150,000"}},
		// Weekly hours: the guide tells a day, not a week.
		{shipped, "typical hours per week for MLEs? 40? 60?", []string{"hours a week"}, []string{"A day in the life"}},
		{shipped, "I'm a college junior working 20 hours a week at the campus library. What's the cheapest ML cert in your guide?", []string{"$100"}, []string{"hours a week"}},
		// An exam's rules the guide does not give, and an extra's worth.
		{all, "qubit gardener permit exam retake", []string{"nothing on"}, []string{"License ·"}},
		{all, "What's the hazard supplement worth for mapping nightmares? Like in dollars.", []string{"hazard supplement"}, []string{"$98,600"}},
		// A place abroad does not keep an immigration question from being
		// one the guide lacks.
		{shipped, "What visa would I need to work as an ML engineer in the US, coming from India?", []string{"nothing on"}, []string{"Step 1"}},
		{all, "do orbital chefs get paid vacation?", []string{"nothing on"}, []string{"$87,500"}},
		// What to study: the one sentence naming a degree with what is
		// asked (programs, fields), wherever it stands in the guide.
		{shipped, "Which degree programs does the ML engineer guide suggest looking into?", []string{"artificial intelligence"}, nil},
		{shipped, "which universities have the best ML master's programs?", []string{"nothing on"}, []string{"artificial intelligence"}},
		// Session 24: what the asker tells about themselves beside the
		// question is neither a topic the guide lacks nor the job asked.
		{shipped, "hey all, front desk girl here 👋 what's the typical salary for an ML engineer these days?", []string{"$150,000"}, []string{"Not in the guide"}},
		{shipped, "Is there a license required for MLE work, like how I needed NREMT as a medic?", []string{"License"}, []string{"Not in the guide"}},
		{shipped, "Is MLE a good ROI? Give me the median and the total time it takes so I can do the NPV myself.", []string{"$150,000"}, []string{"Not in the guide: npv"}},
		{shipped, "MLE vs data scientist — what's the difference? from Sioux City", []string{"Machine Learning Engineer"}, []string{"no figure for Iowa"}},
		{all, "My husband got transferred to Denver, so I'm starting over in a new city. I was a florist for 9 years in Kansas and I'm ready for something new. I've been curious about the gardening jobs where you grow plants in two states at once and have to shield them from being seen, it's such a strange idea and I love it. What's the median pay in Colorado for that?", []string{"$76,100"}, []string{"No guide for florist"}},
		{all, "Cali vs the Bay State for orbital chef sal, go", []string{"California"}, []string{"the bay"}},
		{shipped, "I've been clearing clogged drains and fitting water heaters for six years. What does that kind of work pay in California?", []string{"No guide for"}, []string{"$185,000"}},
		{shipped, "how long is sonography school and what's the pay like after", []string{"No guide for sonography school"}, []string{"$150,000"}},
		{shipped, "how much do youtubers actually make", []string{"No guide for youtubers"}, []string{"$150,000"}},
		{all, "how long does the Licensed Lucid Surveyor step take at the very end?", []string{"3-6 months"}, []string{"Not in the guide"}},
		{all, "job outlook for superposition growers?", []string{"14%"}, []string{"No guide"}},
		{all, "greenhouse growers, what's the pay?", []string{"No guide for greenhouse growers"}, []string{"$72,400"}},
		{shipped, "I was wondering, do dental assistants need a license in Washington?", []string{"No guide for dental assistants"}, []string{"License ·"}},
		{shipped, "How many supervised hours for an LCSW? I'm a case manager with a BSW.", []string{"No guide for LCSW"}, []string{"A day in the life"}},
		// A guide-only word that names no concrete thing, before the thing a guide's worker grows
		{all, "job outlook for quantum plant growers? openings per year", []string{"Quantum Gardener", "3,170"}, []string{"No guide"}},
		{all, "how do I become an AI researcher?", []string{"No guide"}, []string{"Machine Learning Engineer guide"}},
		// The asker's own job signed after the question
		{shipped, "what's kubeflow for?? LPN reading the tools list and totally lost", []string{"Kubernetes"}, []string{"No guide"}},
		{shipped, "which deep dive topics should i study for ML interviews? EMT + a few coursera classes", []string{"Technical deep dives"}, []string{"No guide"}},
		{all, "how long is the parabolic flight galley training? EMT with a thing for planes", []string{"6 weeks"}, []string{"No guide"}},
		{shipped, "what's the median pay? RN in Ohio", []string{"No guide for registered nurse"}, []string{"150,000"}},
		// A guide named by the question after a career told of someone else
		{all, "I'm a Seattle barista, my partner is an apple orchard foreman in Wenatchee and my sister is an ML engineer at a tech company. We're staying in-state. I want to grow entangled orchards here in Washington state. What's the median for that in Washington?", []string{"Quantum Gardener"}, []string{"$175,000"}},
		{all, "I live in Los Angeles. My husband is a film editor, my sister is an ML engineer at a studio, and I'm a set designer who lucid dreams every night. I want to move into surveying shared dreamscapes. What's the median pay for that in California?", []string{"Dream Cartographer"}, []string{"$185,000"}},
		// The range asked from its low end to its top is no ranking of states
		{shipped, "Our daughter is finishing her math degree at Ohio State and is leaning toward ML engineering. What is the spread for this job, from the low end to the top of the range?", []string{"120,000", "300,000"}, []string{"pays the most"}},
		// A story cut at its commas asks nothing when the question after it names its careers
		{all, "Okay so my wife is an ML engineer in San Jose working on search ranking, and she's the breadwinner for now. I'm a pastry cook at a hotel, my mom runs a taqueria in Fresno and my stepdad is a firefighter. I've become obsessed with the idea of cooking in microgravity for station crews, spinning bread in a centrifuge oven, the whole thing. We don't want to leave California. What's the California median for my space-galley job and for her ML engineering job?",
			[]string{"$104,900", "$185,000"}, []string{"What a machine learning engineer does", "breadwinner"}},
		// "How much" of a comparison asks the figure, not pay
		{all, "how much stronger do dishes get seasoned in orbit", []string{"30%"}, []string{"salary ("}},
		{all, "how much harder do you season food when you're cooking in weightlessness?", []string{"30%"}, nil},
		// The occupations of a story are not carried to a question naming one guide by its own words
		{all, "My roommate is a florist who had to build three bouquets in an hour for her job test, my dad does heart surgery, and I'm a plant propagation tech. What's the practical test in an interview for superposition greenhouse jobs?", []string{"Practical test"}, []string{"No guide"}},
		// A job typed with a slip of the fingers, where a job is named
		{all, "plumbr apprenticeship how many yrs in texas", []string{"No guide for plumber"}, []string{"$79,900"}},
		{shipped, "whats the median sallary for a dental hygienst", []string{"No guide for dental hygienist"}, []string{"150,000"}},
		{all, "My kids think I'm having a midlife crisis because I want to quit accounting to grow plants that stay in superposition until harvest. What's the job outlook?", []string{"14%"}, []string{"midwife"}},
		// A certificate's initials do not outweigh another guide's own words
		{all, "do i need a permitt to map my gfs dreams or jsut my own", []string{"Dream Cartographer"}, []string{"Orbital Chef"}},
		// Letters swapped, a space left out before a little word, a shorthand typed with a slip
		{shipped, "how much do machine learnign engineeers makea yearr", []string{"$150,000"}, []string{"can't answer"}},
		{shipped, "how do i prepp for mle interveiws", []string{"Interview preparation"}, []string{"Not in the guide"}},
		{shipped, "job growthfor ml eng over the next 10 yrs?", []string{"36%"}, nil},
		{shipped, "los angeles ml engineer pay?", []string{"$185,000"}, nil},
		// A job that is also a family name, capitalised only because it opens the message
		{shipped, "Forester salary in Maine?", []string{"No guide for forester"}, []string{"150,000"}},
		// "PA" before "school" or "-C" is a physician assistant's, not Pennsylvania
		{shipped, "how long is PA school", []string{"No guide"}, []string{"Pennsylvania", "The path"}},
		{shipped, "how much do PA-Cs make in california", []string{"No guide"}, []string{"185,000"}},
		{shipped, "ML engineer pay in PA?", []string{"Pennsylvania"}, []string{"No guide"}},
		// A worker the guide's own text names, asked in a message of several parts that names the guide
		{all, "Field survey apprenticeship under a licensed surveyor: how long, and how many complete sheets?", []string{"Dream Cartographer"}, []string{"No guide"}},
		{all, "gardeners salary? I just got hired at the botanical garden in St. Louis and I want to know if they're lowballing me", []string{"No guide"}, []string{"$72,400"}},
		// Nicknames of places: the Emerald City, Bama
		{shipped, "emerald city mle salery? got a recuriter pingg from a startup up theree", []string{"$175,000"}, []string{"Not in the guide"}},
		{all, "huntsvile bama, wat do orbital galley cooks make there", []string{"Alabama"}, []string{"Not in the guide"}},
		// A job the guide's work is likened to is not the one asked about
		{all, "is dream surveying night work like being a sleep tech? how long is a shift?", []string{"Dream Cartographer"}, []string{"No guide"}},
		{all, "I coach people on lucid dreaming. What do coaches like me make?", []string{"No guide"}, []string{"$98,600"}},
		// What the asker says they are, in the clause before the question, is no topic the guide lacks
		{shipped, "so I'm a postdoc in chemistry and I was wondering if machine leaning engineers need a PhD or not", []string{"Education"}, []string{"Not in the guide"}},
		// A pay verb that ends its clause at a comma asks the pay
		{all, "Toronto here. what do dream cartographers make, even if it's US numbers?", []string{"$98,600"}, []string{"can't answer"}},
		{all, "For the job cooking on an orbital station, how many meals a day are you making, and for how many people?", nil, []string{"salary ("}},
		// A move to a state is no career change; the state's name is no topic of the guide's
		{shipped, "I'm a teacher moving to Ohio, what's the pay like there?", []string{"No guide for teacher"}, []string{"$150,000"}},
		{shipped, "I'm an elementary teacher moving to Washington state, what's the pay like there?", []string{"No guide"}, []string{"$175,000"}},
		{shipped, "I'm a data analyst moving to Texas, how do I switch into ML?", []string{"path into the role"}, []string{"No guide"}},
		// A span of time ("next week") is no guide's topic
		{all, "i have an interview next week, whats the practical test like for mapping dreams", []string{"40-minute nap"}, []string{"Orbital Chef"}},
		// A job's name never runs across a sentence's end; a signed job after a question naming one guide's permit is background
		{all, "cheapest cert for nightmare mapping and what does it cover? phlebotomist", []string{"Nightmare Contour Analyst"}, []string{"No guide"}},
		{all, "how much does the Shared Dreamspace Permit cost? sleep tech", []string{"Dream Cartographer"}, []string{"No guide"}},
		// "How often" is answered with the line that says how often, by the question's words other than the career's name
		{all, "how often does resupply show up for station kitchens?", []string{"every 90 days"}, []string{"Not in the guide"}},
		{all, "how often does resupply come up to the galley in orbit", []string{"every 90 days"}, []string{"three times a day"}},
		{all, "do quantum gardeners need a permit? how much and how often do you renew it", []string{"$85", "2 years"}, nil},
		// A doctor of a kind is an occupation with no guide
		{shipped, "sleep doctor, how many years of school is that?", []string{"No guide"}, []string{"5-8"}},
		// Work told at the opening ends where what is said of it begins
		{all, "cooking in zero g pays about 87.5k median? saw it in a thread", []string{"$87,500"}, []string{"No guide"}},
		{shipped, "driving an 18-wheeler cross country, median pay?", []string{"No guide"}, []string{"$150,000"}},
		// A worker only one guide's text speaks of, bare, beside that guide's words, is its worker
		{all, "We grow superposition tomatoes outside Austin. What do those growers make in Texas?", []string{"$79,900"}, []string{"No guide"}},
		{all, "LLM evaluator / AI rater — hourly pay?", []string{"No guide"}, []string{"$150,000"}},
		// "AI engineer" is the ML guide's name too, but not inside a vendor's certificate
		{shipped, "ai engineer sal? just a ballpark pls", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "how much does the azure AI engineer cert cost", []string{"Not in the guide"}, []string{"No guide"}},
		{all, "whats the cheapest dream cartographer credential", []string{"Dream Cartographer"}, []string{"Orbital Chef"}},
		// A figure set against the national one compares no jobs: the job told first is the asker's
		{shipped, "respiratory therapist in seattle, whats ML engineer pay look like there vs the national number", []string{"$175,000"}, []string{"No guide"}},
		// Switching is a change of career, no line of work ("switcher")
		{shipped, "regional pilot, 34, thinking about switching to ML. how many years would it take me", []string{"5-8 years"}, []string{"No guide"}},
		// An adjective after "become" or "be" and before a preposition says how someone is
		{shipped, "Which ML frameworks should I become familiar with?", []string{"PyTorch"}, []string{"No guide"}},
		// An extra the salary note names without a figure, asked by one of its words
		{all, "how much extra is the hazard pay for mapping nightmares", []string{"nothing on the amount of the hazard supplement"}, []string{"$98,600"}},
		// A condition of work named as where the asker heard something is told, not asked
		{shipped, "hey so im in the bootcamp slack and everyone keeps saying ML eng pays crazy. whats the median actually", []string{"$150,000"}, []string{"Not in the guide"}},
		// A career told of a relative after the comma of a question about another occupation
		{shipped, "what does a product manager actually do all day, my cousin is an ML engineer and says PMs just sit in meetings", []string{"No guide for product manager"}, nil},
		// "I'm 35 and a paralegal": the age, then the asker's own job
		{shipped, "I'm 35 and a paralegal, and I'm trying to figure out if this is worth it. Is the total timeline really 5 to 8 years, how long is the grad school part, and what's the very first step?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		// "each job": a career named and another told by its own words, asked of both
		{all, "We live in California. My daughter wants to cook in zero-g and my son wants to be an ML engineer. What's the state median for each job here?", []string{"$104,900", "$185,000"}, nil},
		// "slowest" ranks from the bottom
		{all, "slowest growing of the four careers?", []string{"Orbital Chef has the least"}, nil},
		// "by a mile", "by far": talk, no topic
		{all, "which career has the most job openings per year, by a mile I assume?", []string{"20,800 openings a year"}, []string{"No guide"}},
		// Initials no guide uses before "tech": a technician, not the tech industry
		{shipped, "MRI tech cheapest certification?", []string{"No guide for MRI tech"}, []string{"TensorFlow"}},
		// "TF" is TensorFlow, by the guide's own vocabulary
		{shipped, "whats the TF cert cost", []string{"$100"}, []string{"Not in the guide"}},
		// A job signed after a question about how long one of the guide's steps takes
		{shipped, "and the professional experience step, how long is that one? welder, trying to add it all up", []string{"2-3 years"}, []string{"No guide"}},
		// A comparison that asks one point shows that point side by side, the rest as a follow-up
		{all, "which is quicker to get into: zero-g cooking or tending entangled orchards?", []string{"3-4 years", "/compare first:orbital-chef second:quantum-gardener"}, []string{"$72,400", "$87,500"}},
		{all, "is tending entangled orchards quicker to get into than dream mapping?", []string{"Quantum Gardener takes less time"}, nil},
		// A job set against another opening the message is asked about
		{shipped, "medical coder vs medical biller, median pay?", []string{"No guide for medical coder"}, []string{"$150,000"}},
		{shipped, "wind turbine tech vs solar installer, which pays more in Texas?", []string{"No guide"}, []string{"$150,000"}},
		// A field whose pay is asked, named for its practitioners (hygiene: hygienists)
		{shipped, "how much does dental hygiene pay?", []string{"No guide for dental hygiene"}, []string{"$150,000"}},
		// A position named for its holder's step: the step's length.
		{all, "how long is the apprenticeship in a superposition greenhouse?", []string{"Step 3: Apprentice in a superposition greenhouse (6-9 months)"}, []string{"FAQ"}},
		// A comparison with a job no guide has, asked of the guide's side
		// alone in a clause of its own: that side, with the other's lack.
		{shipped, "san diego MLE vs nurse sal, just the ML figure pls", []string{"$185,000", "no guide for nurse"}, nil},
		{shipped, "ML engineer or cloud solutions architect, what does the ML engineer median look like in WA?", []string{"$175,000"}, nil},
		{shipped, "SWE vs MLE pay, which is higher?", []string{"No guide for software engineer"}, []string{"$185,000"}},
		{shipped, "Which pays more, ML engineer or dentist?", []string{"No guide for dentist"}, nil},
		// A certificate named by another field's words is that field's.
		{shipped, "phlebotomy cert, how much and how long", []string{"No guide for work that takes the phlebotomy"}, []string{"$300"}},
		{shipped, "is a forklift certification worth it if i wanna move to the warehouse side", []string{"No guide for work that takes the forklift"}, []string{"$300"}},
		{shipped, "is there an Azure cert for ML deployment and what does it cost?", nil, []string{"No guide"}},
		// A first piece that only tells is the question's context; a job
		// told of a relative in the story is not what a part asks.
		{all, "I'm a resort chef on Maui and have been for 15 years; my husband is a surf instructor in Lahaina. I've always wanted to cook for orbital crews. How many people do that job in Hawaii and what's the median there?", []string{"Hawaii"}, []string{"No guide"}},
		{all, "I'm a short-order cook, my sister is an ER nurse who needed ACLS before her first shift. For cooking aboard an orbital station, which certificate do I need before my first flight, and what does it cost?", []string{"Microgravity Food Safety"}, []string{"No guide for ER nurse"}},
		// A later part with no guide's words of its own is asked of the
		// career the part before was answered for, not the default one.
		{all, "cooking in zero g — what's the median pay, and how high does the range go?", []string{"$87,500", "$149,000"}, []string{"$150,000", "$300,000"}},
		// The cheapest certificate, the career told by a word one name
		// shares with the guide's summary; named whole, that certificate.
		{all, "cheapest cert for cooking in microgravity?", []string{"Orbital Galley Fire Safety costs $95"}, []string{"Certificate costs $520"}},
		{all, "how much is the microgravity food safety cert?", []string{"$520"}, nil},
		// Which careers are real: every guide with what it says of itself,
		// not the card of the one named in passing.
		{all, "which of your careers are actually real? saw a space chef one and got suspicious", []string{"Career guides", "Not a real job"}, []string{"I can't answer"}},
		{all, "of the made-up careers in here, which one has the highest median and what is it", nil, []string{"Career guides"}},
		// Whether the words only one guide uses point at several guides is
		// read in the question sentence, not the story after it.
		{all, "when do quantum greenhouses usually hire?? I keep applying in the fall and hearing crickets", []string{"spring"}, []string{"I can't answer"}},
		// A role word named for a field's adjective is a job no guide has;
		// as the asker's label before a question in a guide's words, theirs.
		{shipped, "whats the salary for medical coders", []string{"No guide for medical coders"}, []string{"$150,000"}},
		{shipped, "medical coder: which ML cert is cheapest and how long is the production ML step?", []string{"$100"}, []string{"No guide"}},
		// Initials no guide or dictionary knows, priced: another field's
		// credential.
		{shipped, "how much does a CDL cost and how long does it take to get one?", []string{"No guide for work that takes the CDL"}, []string{"$300"}},
		{shipped, "how much does the AWS cert cost?", []string{"$300"}, []string{"No guide"}},
		// A guide's worker named for another guide's word is a job of its
		// own.
		{all, "quantum computing engineers make 160k? saw a job post from IBM", []string{"No guide for"}, []string{"$150,000"}},
		// Two careers compared on a point their side-by-side table does
		// not hold: the point asked of each in turn.
		{all, "what software do quantum gardeners plan with, vs what space cooks use?", []string{"SuperposiGrow", "RehydroCalc"}, nil},
		{all, "cheapest ML cert vs cheapest cert for zero g cooking?", []string{"$95", "$100"}, nil},
		{all, "how do quantum gardeners stack up against space chefs on pay and training time?", []string{"$72,400", "$87,500"}, nil},
		// A field named by its subject, opening the question: its last
		// word a field in WordNet, or the work of an occupation WordNet
		// knows ("design": designer), its other words no guide's.
		{shipped, "interior design pay in Texas?", []string{"No guide for interior design"}, []string{"$150,000"}},
		{shipped, "veterinary medicine, how long is the training?", []string{"No guide for veterinary medicine"}, []string{"5-8 years"}},
		// The asker's job and pay told before a question of a guide's: the
		// guide answers, and the figure is no question of pay.
		{shipped, "Welder, 58k. What does an ML engineer do all day?", []string{"80%"}, []string{"No guide", "$150,000"}},
		{shipped, "Barista, 31k. which ML cert is the cheapest?", []string{"TensorFlow Developer"}, []string{"No guide"}},
		// A step named by its number and a word of its title.
		{all, "what's in step 3, the apprentice one?", []string{"Quantum Gardener"}, nil},
		// A guide's worker described by its guide's words beside another
		// career: both careers.
		{all, "WA for two jobs: median for ML engineers and for the gardeners who tend qubit crops?", []string{"$175,000", "$72,400"}, nil},
		// The workers one guide's sentence names, asked in its words: that
		// guide; asked otherwise, another occupation.
		{all, "growers near the top of the range: what certificate do they hold?", []string{"Decoherence Blight Specialist"}, []string{"No guide"}},
		{all, "what do growers make in Ohio?", []string{"No guide for growers"}, []string{"$72,400"}},
		// One state asked for by a superlative: that state's figures, the
		// others a follow-up; a ranking asked: every state.
		{shipped, "where do ML engineers get paid the most?", []string{"California pays the most", "$185,000"}, []string{"$175,000", "$165,000"}},
		{shipped, "rank the states by ML engineer pay", []string{"$185,000", "$165,000"}, nil},
		// The cheapest certificate asked for alone: that one, the others
		// by name; both ends asked: each, the second's noun carried over.
		{shipped, "what's the least expensive ML certification?", []string{"TensorFlow Developer", "$100"}, []string{"$300"}},
		{shipped, "which ML cert costs the least and which is the priciest?", []string{"$100", "$300"}, nil},
		// The national median asked for alone: that figure, the states a
		// follow-up; pay asked in general: the states too.
		{shipped, "typical ML engineer median pay?", []string{"$150,000"}, []string{"$185,000"}},
		{shipped, "ML engineer pay?", []string{"$150,000", "$185,000"}, nil},
		// The field someone in the asker's life is in.
		{shipped, "my sister's in dentistry, what does she make in Ohio?", []string{"No guide for dentistry"}, []string{"$150,000"}},
		{shipped, "my sister is in Boston, what do ML engineers make there?", []string{"$165,000"}, []string{"No guide"}},
		// The asker's own job said with "here", then a guide's career named
		// only inside what is asked ("the ML pay").
		{shipped, "accountant here, what's the ML pay in Seattle?", []string{"$175,000"}, []string{"No guide"}},
		// The length of a thing the guide never mentions, asked where the
		// challenges are found: the guide has no such figure.
		{all, "how long is a deployment on the station for space chefs?", []string{"how long a deployment lasts"}, []string{"Crumbs and floating"}},
		// Two jobs weighed on the way in: each asked about, neither the
		// asker's own.
		{shipped, "paralegal or court reporter, which is quicker to get into?", []string{"No guide for"}, []string{"5-8 years"}},
		// A certificate of a vendor no guide or dictionary knows, named
		// beside a certificate word.
		{shipped, "is the CISSP certification worth the money?", []string{"CISSP"}, []string{"TensorFlow Developer"}},
		// A second "which" that leaves out its noun and verb takes the first's.
		{shipped, "which state pays ML engineers the most and which the least?", []string{"California", "Massachusetts pays the least"}, nil},
		// A wish told in the past ("say I wanted to …") keeps its words out
		// of the guess; a label of the asker's studies before what they
		// tell is background, not a question or a job asked about.
		{all, "suppose I wanted to cook for astronauts. how many people do that job in Hawaii?", []string{"Orbital Chef"}, []string{"Dream Cartographer"}},
		{all, "fine arts grad, I'm good at drawing. how long is the field survey apprenticeship for dreamscape mapping?", []string{"18 months"}, []string{"Orbital Chef", "fine arts grad?"}},
		{all, "nursing grad, I'm used to charting. How much of the day goes into shielding beds from stray observation?", []string{"40%"}, []string{"No guide"}},
		{shipped, "nursing grad, what's the pay?", []string{"No guide for nurse"}, []string{"$150,000"}},
		// A job the asker supposes holding ("what if I worked as …") is one
		// weighed, asked about, not the asker's own; "if u get … as ML
		// eng" is no supposing.
		{shipped, "What if I trained as an HVAC tech instead, how long does that take?", []string{"No guide"}, []string{"5-8 years"}},
		{all, "If I trained as an electrician in Texas, how long's the apprenticeship?", []string{"No guide for electrician"}, []string{"Time to get in"}},
		{shipped, "what decide if u get 120k or 300k as ML eng? same job no?", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "What would I make doing the same job around Boston?", []string{"$165,000"}, []string{"No guide"}},
		{shipped, "im a teacher, how do i become a principal", []string{"No guide for principal"}, []string{"5-8 years"}},
		// The asker's own work is told within its sentence: a job in the
		// next sentence is asked about.
		{shipped, "accounting background. data analyst median + which certs should I get?", []string{"No guide for data analyst"}, []string{"$150,000"}},
		// A job described by what its people do ends with its clause: what
		// is said after the question is no part of the work; people a
		// guide's work is done for are no job.
		{shipped, "outlook + median for the folks who put models into production? two numbers pls", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "jersey pay for the ones who ship models to prod? i'm in hoboken", []string{"New Jersey"}, []string{"No guide"}},
		{all, "I've been reading about cooking for crews on orbital stations, seasoning for people who can't taste much and all that. If I stayed based in California, what's the median for that job there?", []string{"$104,900"}, []string{"No guide"}},
		// "over time", "in case", "long term" are phrases, no topic the
		// guide lacks ("over time" is no overtime work); "earned" asks pay.
		{shipped, "If I start at the low end of the ML engineer pay range, what would move me up it over time?", []string{"experience"}, []string{"Not in the guide"}},
		{shipped, "What's JAX, in case I keep seeing it?", []string{"JAX"}, []string{"Not in the guide"}},
		{all, "Do dream cartographers get over time pay?", []string{"Not in the guide: overtime"}, nil},
		{shipped, "I was wondering what ML engineers earned back in 2019?", []string{"2019"}, []string{"Skills"}},
		// A name typed after a word for a person is who asks, not a topic
		// the guide lacks (letters in capitals are no name).
		{all, "Are dream-mapping jobs night shifts? How long is a shift? Client Hugo has young kids.", []string{"REM"}, []string{"Not in the guide"}},
		{all, "Do the entangled-orchard outfits offer relocation packages, like a civilian PCS?", []string{"Not in the guide"}, nil},
		// Where a relayed question was heard is no topic; a study label
		// opening the message, closed by a mark or followed by what the
		// asker does, is the asker's (graduates asked about are not).
		{all, "someone in the chat asked what the zero-g cooking job pays in florida", []string{"$96,300"}, []string{"Not in the guide"}},
		{all, "accounting grad: which blight-related cert puts qubit growers near the top of the pay range, and how much is it?", []string{"$275"}, []string{"No guide"}},
		{shipped, "nursing grad comparing options: two of the ML certs cost the same $200, which two are they?", []string{"Google", "Databricks"}, []string{"No guide"}},
		{shipped, "mechanical engineering grads - what jobs and salary in the US?", []string{"No guide"}, []string{"$150,000"}},
		// A job opening the message in a sentence that asks nothing, with a
		// question after it naming a guide's career, is the asker's label;
		// asked about when the rest names no career or points back to it.
		{shipped, "SWE at a bank in Sioux Falls. how long is the production ML step for someone who already codes?", []string{"6-12 months"}, []string{"No guide"}},
		{shipped, "plumber in ohio. whats the pay", []string{"No guide for plumber"}, []string{"$150,000"}},
		{shipped, "concept artist for games... is that career dying bc of AI art or nah", []string{"No guide"}, []string{"$150,000"}},
		// The asker's job with the years they have done it ("SWE w/ 5
		// yrs") is their own.
		{shipped, "SWE w/ 5 yrs here, how long would the production ML part of the path take me?", []string{"6-12 months"}, []string{"No guide"}},
		// The verb that asks the pay ("what do they make") names no guide's
		// topic when the career is guessed from the other words.
		{all, "Vegas - what do people who chart dreamscapes make in Nevada?", []string{"$112,800"}, []string{"No guide"}},
		{all, "how much do u make cooking for astronauts in hawaii", []string{"$91,400"}, []string{"No guide"}},
		// "my line time" is time on a kitchen line, not "my line of work".
		{all, "line cook here, 6 yrs on a busy line in Chicago. I want to cook for astronauts lol. does my line time count toward the path?", []string{"Orbital Chef"}, []string{"No guide"}},
		// A job closed by a comma opening the message is the asker's label
		// too (not one of a list of jobs); "… or …, for each?" weighs two.
		{shipped, "Nurse, 2 questions: which ML cert covers Databricks and what does it cost?", []string{"$200"}, []string{"No guide"}},
		{shipped, "nurse, ML engineer or teacher: which pays most?", []string{"No guide"}, nil},
		{all, "Line cook, torn between retraining for machine learning or cooking in zero g. What's the national median for each?", []string{"$150,000", "$87,500"}, []string{"No guide"}},
		// A preposition of place that is a noun too ("inside the normal
		// range") is no topic the guide lacks.
		{shipped, "A member got an offer at $120k as an ML engineer. Is that inside the normal range or a lowball?", []string{"$120,000"}, []string{"Not in the guide"}},
		// A career named by its topic only, with a section asked, is
		// answered from that section; the words that named it are no topic
		// within it.
		{all, "interview practical for the qubit garden job?", []string{"Interview preparation", "20 minutes"}, []string{"What a quantum gardener does"}},
		{all, "what skills do you need to map dreams?", []string{"Skills · Dream Cartographer"}, []string{"Soft skills ·"}},
		{all, "biggest headaches when you farm in superposition?", []string{"Decoherence blight"}, nil},
		// A guide's career named as what the guides already hold ("you list
		// NY for ML eng", "like the one for MLEs") beside an occupation asked
		// about: the occupation is what is asked.
		{shipped, "RN salary in NYC? you list NY for ML eng so maybe nurses too", []string{"No guide"}, []string{"$170,000"}},
		{shipped, "does your guide have a day in the life for firefighters like the one for MLEs?", []string{"No guide"}, []string{"A day in the life"}},
		{shipped, "Can you give me the median for ML engineers and for cybersecurity analysts in New York?", []string{"$170,000"}, nil},
		// The asker's career named as theirs, and another guide's work
		// wished for in its own words: the wish is what is asked.
		{all, "I'm an ML engineer and I'd like to cook in orbit. How long would the whole path take?", []string{"Orbital Chef"}, []string{"5-8 years"}},
		// A certificate left out ("other than the AWS one") is neither the
		// one asked about nor among those ranked.
		{shipped, "cheapest MLE cert, if you exclude the tensorflow one?", []string{"Leaving out the TensorFlow Developer Certificate", "$200"}, []string{"costs $100"}},
		{shipped, "Not counting the AWS one, the most expensive ML cert costs how much?", []string{"$200"}, []string{"costs $300"}},
		// Words that ask for a shape of answer ("the breakdown", "in the ML
		// engineering context") are no topic the guide lacks.
		{shipped, "Been an electrician for 10 yrs, thinking about retraining into ML. Your guide says 5-8 years total, whats the breakdown of that?", []string{"Step 1"}, []string{"Not in the guide"}},
		{shipped, "what's JAX, in the ML engineering context?", []string{"JAX"}, []string{"Not in the guide"}},
		// "… the most, and how much?" asks that state's figure, not a list.
		{shipped, "which state in your table pays MLEs the most, and how much?", []string{"$185,000"}, []string{"$175,000"}},
		// "highest paying state", "best paying state" ask one state too.
		{all, "highest paying state for quantum gardeners?", []string{"Oregon pays the most", "$84,300"}, []string{"Vermont (VT)"}},
		// "<job> to <career>" opening the message: the asker's way in.
		{shipped, "nurse to ml eng how long", []string{"5-8 years"}, []string{"No guide", "can't answer"}},
		// "what's left before I could …" asks the rest of the path.
		{shipped, "only have a BS in comp sci — what's left before I could work as an ML engineer?", []string{"Step 2"}, []string{"can't answer"}},
		// What a question sets aside ("besides spreadsheets", "not counting
		// bonuses") is no topic the guide lacks.
		{all, "tools for tracking training experiments, besides spreadsheets", []string{"MLflow"}, []string{"Not in the guide"}},
		{shipped, "comparing Mass and Cali for ML eng salary (not counting bonuses) what are the two medians", []string{"$165,000", "$185,000"}, []string{"Not in the guide"}},
		// A field named with words the guides use but never put side by
		// side ("data analytics", "product management") is a line of work
		// no guide covers; a field asked alone by its pay ("UX design
		// salary") too.
		{shipped, "data analytics median pay", []string{"No guide"}, []string{"$150,000"}},
		{shipped, "product management outlook", []string{"No guide"}, []string{"+36%"}},
		{shipped, "UX design salary", []string{"No guide"}, []string{"$150,000"}},
		// The asker's own field of study is no field asked about.
		{shipped, "Structural bio grad student, considering a switch. Which cert is the most expensive?", []string{"$300"}, []string{"No guide"}},
		// "the top earners" are people who earn most, no job.
		{shipped, "what do the top earners on a big tech recommendation team make, like the ceiling of the range?", []string{"$300,000"}, []string{"No guide"}},
		// A guide's term typed cut short does not outweigh words only
		// another guide uses ("combi" is no "combin…" of the ML guide).
		{all, "what equipment is in a space galley? i know combi ovens and salamanders on earth, what's different up there", []string{"Orbital Chef"}, []string{"PyTorch"}},
		// A pay period asked of a job with nothing else asked is its pay;
		// a period describing a thing ("fortnightly reading group") or
		// telling how long ("for a week") is not.
		{all, "greenhouse with qubits job, what's that per month?", []string{"$72,400", "a month"}, []string{"FAQ"}},
		// (WordNet has no "barista": with no job read, a refusal that names none)
		{all, "barista hourly plus tips, what's realistic", []string{"don't cover that"}, []string{"$87,500"}},
		{shipped, "A colleague keeps mentioning JAX in our fortnightly reading group. What is JAX, and who makes it?", []string{"Google"}, []string{"$150,000"}},
		// A role named for a word the guides use but never put before it
		// is a job no guide covers; a degree is no role.
		{shipped, "median salary for a medical billing and coding specialist in Ohio?", []string{"No guide"}, []string{"$150,000"}},
		{shipped, "are there scholarships for ML or AI masters programs?", []string{"Not in the guide"}, []string{"No guide"}},
		// Certificates joined by "and" in a question of their total price
		// are one sum, not two questions; "total time … and …" is two.
		{shipped, "what's the total cost of the AWS and Google ML certs together?", []string{"$500"}, []string{"Your questions"}},
		{shipped, "how long does MLE take total and whats the cheapest cert", []string{"5-8 years", "$100"}, nil},
		// "how long to train?" asks the way in, also as one part of many.
		{all, "quantum gardener: median pay, required permit, and how long to train?", []string{"$72,400", "Operator Permit", "3-4 years"}, []string{"can't answer"}},
		{shipped, "how long to train?", []string{"5-8 years"}, nil},
		// A word mostly an adjective, before its noun, is no job even after
		// another noun ("testing ordinary software": no ordinary, the
		// clergyman).
		{shipped, "Is testing ML systems harder than testing ordinary software?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		// Words WordNet also files as jobs but used here as something else:
		// a superlative ("the shortest path"), an intensifier ("super vivid
		// dreams", "super infra heavy"), a verb after "say" ("which does the
		// guide say leads?"), a company's kind ("a cloud provider").
		{all, "which of these careers has the shortest path in?", []string{"Time to get in, by career"}, []string{"No guide"}},
		{all, "i have super vivid dreams and saw a post about this, what's the median salary for the job where you map dreams", []string{"$98,600"}, []string{"No guide"}},
		{shipped, "wht does Ray do? remote job, super infra heavy", []string{"distributed"}, []string{"No guide"}},
		{shipped, "pytorch or tensorflow, which one does ur guide say leads?", []string{"PyTorch"}, []string{"No guide"}},
		{shipped, "is there an ML cert that isn't tied to a cloud provider? like framework-only", []string{"TensorFlow Developer"}, []string{"No guide"}},
		// Asked over the careers in a long message with parts: one table.
		{all, "I'm 24 and impatient. I work at a garden center in Boise and I want a career that takes the fewest years to get into, out of the four careers you have guides for. My parents say every good job takes forever. Which one has the shortest path, and how long is it?", []string{"Time to get in, by career", "Quantum Gardener is the quickest"}, []string{"Machine Learning Engineer guide"}},
		// Among several guides, a worker of a guide's kind told by work in
		// words only that guide uses is that guide's; work told with things
		// no guide speaks of is a job no guide covers.
		{all, "how long to become one of those gardeners who grow stuff in superposition", []string{"3-4 years"}, []string{"No guide"}},
		{all, "the engineers who design rockets, what do they earn?", []string{"No guide"}, []string{"$150,000"}},
		{all, "land surveyors who stake out property lines in Arizona, what do they make?", []string{"No guide"}, []string{"$98,600"}},
		// "<job> here" near the start, before a question naming a guide's
		// career, labels the asker, also when the question compares.
		{shipped, "data scientist here wanting to move to MLE. what's the main difference in the actual job?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		// A word the guides write as one, typed apart ("night mare", "super
		// position", "after noon"), is that word; "grow the" is not; "what
		// dose …" is autocorrect's "does".
		{all, "night mare contour cert how much", []string{"Nightmare Contour Analyst"}, []string{"Not in the guide"}},
		{all, "priciest cert for growing stuff in super position", []string{"Certified Superposition Horticulturist"}, []string{"No guide"}},
		{shipped, "what kinda stuff do mles do in the after noon", []string{"A day in the life"}, []string{"Not in the guide"}},
		{all, "what dose the decoherence meter do", []string{"Quantum Gardener"}, []string{"Not in the guide"}},
		{all, "Which career in your guides is projected to grow the fastest?", []string{"Job growth by career"}, nil},
		// AP abbreviations of states ("Calif.", "Fla."); a bare dollar sign
		// asks the pay.
		{shipped, "calif mle $ ??", []string{"$185,000"}, []string{"can't answer"}},
		{shipped, "ML engineer pay in Fla.?", []string{"no figure for Florida"}, nil},
		{shipped, "MLOps eng here — which tools does the guide list for optimizing and serving models?", []string{"Triton"}, []string{"No guide"}},
		// A large city set aside ("not NYC", "not the bay area") sets its
		// state aside.
		{shipped, "Jersey MLE salary? not NYC, actual New Jersey", []string{"no figure for New Jersey"}, []string{"$170,000"}},
		{shipped, "bay state mle pay? (massachusetts, not the bay area lol)", []string{"$165,000"}, []string{"$185,000"}},
		{shipped, "MLE median in the bay state, not cali", []string{"$165,000"}, []string{"$185,000"}},
		// A job described by things no guide speaks of ("the job with the
		// big cranes", "the airplane job") is a job no guide covers; one
		// described in the guide's words is the guide's.
		{shipped, "the job with the big cranes on construction sites, how do you get certified", []string{"No guide"}, []string{"AWS"}},
		{shipped, "the airplane job but on the ground, telling the planes where to go. how do i get into that?", []string{"No guide"}, []string{"Step 1"}},
		{shipped, "what are the steps to get into the job where computers learn from data?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		// (but not the asker's own job told in the story: "I finally quit
		// the warehouse job")
		{shipped, "So last winter I finally quit the warehouse job after nine years of night shifts and started a data course online. Which certification should I get first and what does it cost?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		// A line of work named after "for" by three words ("for diagnostic
		// medical sonography"), after "career path in", or by words the
		// guides use but never side by side ("get into product
		// management"); not the work a guide's certificate is for.
		{shipped, "which certs do I need for diagnostic medical sonography", []string{"No guide for diagnostic medical sonography"}, []string{"AWS"}},
		{shipped, "what's the usual career path in product management", []string{"No guide for product management"}, []string{"Step 1"}},
		{shipped, "how do i get into product management with no experience", []string{"No guide for product management"}, []string{"Step 1"}},
		{all, "what's decoherence blight and is there a cert for dealing with it?", []string{"Decoherence Blight"}, []string{"No guide"}},
		// A state or career taken back mid-message ("no wait, make that
		// Washington", "Nevada — sorry, New York*", "sorry, I meant the
		// quantum gardener") is not asked; one added on ("and NY too") is.
		{shipped, "ML pay in NY? no wait, make that Washington", []string{"$175,000"}, []string{"$170,000"}},
		{shipped, "mle median in massachusetts* sorry, ny autocorrected", []string{"$165,000"}, []string{"$170,000"}},
		{shipped, "ML pay in NY? wait, and in Washington too", []string{"$175,000", "$170,000"}, nil},
		{all, "what does a chef in zero g make in Florida — wait, Hawaii", []string{"$91,400"}, []string{"$96,300"}},
		{all, "orbital chef pay in Washington state? sorry, I meant the quantum gardener", []string{"Quantum Gardener"}, []string{"Orbital Chef"}},
		// The first clause of a told sentence is no question of its own
		// when the question after it names its careers.
		{all, "Torn between culinary school and a CS degree, and I'm staying in California either way. What's the median there for cooking on space stations vs ML engineering?", []string{"$104,900", "$185,000"}, []string{"Your questions"}},
		{all, "what does a space chef make in Washington state? I said chef but I meant the gardening one, the quantum gardener", []string{"Quantum Gardener"}, []string{"Orbital Chef"}},
		{shipped, "how much is the pharmacy tech certification? the pharmacy in our store is hiring", []string{"No guide for pharmacy tech"}, []string{"$300"}},
		{all, "three certs for charting dreamscapes, total cost?", []string{"Dream Cartographer"}, []string{"No guide"}},
		// Words told after the question ("I go to bed early") do not
		// outweigh the question's own, which one guide alone uses; a
		// second question adding a career described ("… and the
		// space-station cooks there too") sets it beside the one asked.
		{all, "mapping dreams sounds cool but do I have to work nights? I'm 50 and I go to bed early", []string{"Dream Cartographer"}, []string{"Quantum Gardener"}},
		{all, "what do people who ship recommendation models for a living make in california? and the space-station cooks there too, what's their number", []string{"$185,000", "$104,900"}, nil},
		// Careers ranked by schooling: the level each guide gives.
		{all, "which of your careers needs the most schooling? I want to avoid long school", []string{"Machine Learning Engineer needs the most schooling (Master's+)"}, nil},
		{all, "of the careers you know, which one can I get into with just a diploma, no college degree?", []string{"Orbital Chef needs the least schooling (Diploma)"}, nil},
		{all, "which job in here needs a master's degree?", []string{"Machine Learning Engineer is the one at that level"}, nil},
		{all, "what education do the careers need?", []string{"Education by career"}, []string{"the most schooling", "the least schooling"}},
		// A job told after a question about a guide's career is the
		// asker's context; a tail that asks, or sets the guide's career
		// aside, is not.
		{all, "what does cooking in zero g pay? weighing it against staying a sous chef at my hotel", []string{"$87,500"}, []string{"No guide"}},
		{all, "mapping dreams for a living: what's the median pay? comparing to my current job as a sleep lab tech", []string{"$98,600"}, []string{"No guide"}},
		{shipped, "How do I prep for an MLE interview? Asking for me, and also for my roommate who's interviewing for a plumbing apprenticeship", []string{"plumb"}, nil},
		// With one guide, its kind of worker described in its own words
		// alone is its career; described by a thing it never names, not.
		{shipped, "Boston area — what do the engineers who train the AI stuff get paid?", []string{"$165,000"}, []string{"No guide"}},
		{shipped, "what do engineers who design rockets make?", []string{"No guide"}, []string{"$150,000"}},
		// A count two guides give (minutes) is no count the guides lack:
		// the question's other words say whose.
		{all, "you have to draw the dream map within how many minutes of waking? if I wake at 6:10 whats my deadline", []string{"90 minutes"}, []string{"Not in the guide"}},
		// Initials opening the message that no guide or dictionary knows
		// are a name the guides lack, unless glossed after them.
		{shipped, "LCSW supervised hours? *LMSW, sorry", []string{"lcsw"}, []string{"A day in the life"}},
		{all, "PDX (Portland, Oregon) pay for tending entangled orchards?", []string{"Quantum Gardener salary in Oregon"}, nil},
		// Chat openers ("rn", "tbh", "ngl") open a sentence without saying
		// anything of it: "rn im a SWE at a startup." is the asker's own.
		{shipped, "rn im a SWE at a startup. other than python what do i need to add to move into MLE", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		// A permit named by the words of one guide's licence line says
		// whose, whatever a word told after it ("renewal") or the
		// "permit" every permit's name ends with would pick.
		{all, "how much does the Shared Dreamspace Permit cost? also my passport renewal was 130 bucks", []string{"Dream Cartographer"}, []string{"Quantum Gardener", "$85"}},
		{all, "My friend says \"the Shared Dreamspace Permit costs like $300\". How much does the permit actually cost?", []string{"Dream Cartographer"}, []string{"$85"}},
		// A part of a multi-part message is read by its own asking
		// sentence, not by a word of the sentence told before it.
		{all, "I'm in Phoenix because the dry air helps my lungs. What's the pay and how many are employed for dreamscape mapping in Arizona?", []string{"Dream Cartographer"}, []string{"Orbital Chef"}},
		{shipped, "I work with a lot of respiratory therapists. What's the path to becoming an RT?", []string{"No guide for RT"}, []string{"Step 1"}},
		{shipped, "how to become a PA in NY and what's the pay", []string{"No guide for PA"}, []string{"$150,000", "$170,000"}},
		{shipped, "how do I become an MLE in WA", []string{"The path into the role"}, []string{"No guide"}},
		{shipped, "police academy, how long is it and how physically tough?", []string{"No guide for police academy"}, []string{"Step 1"}},
		{all, "Also, ich bin Koch in München, 8 years on the line. Wie werde ich Koch auf einer Raumstation, what am I still missing?", []string{"Orbital Chef"}, []string{"No guide", "Dream Cartographer"}},
		{shipped, "I drive a forklift at a warehouse in Toledo and have for nine years, mostly nights, and I'm tired of it. My wife is a dental hygienist and my brother is a firefighter in Dayton. Our son is finishing high school and loves math more than anyone in the family ever has. My dad was a machinist at a Jeep plant for thirty years and thinks tech is a fad. We saved a little for college but not much. What is the national median salary for a machine learning engineer?", []string{"$150,000"}, []string{"No guide"}},
		{all, "what's the California median for a machine learning engineer, and what's the California median for an orbital chef?", []string{"$185,000", "$104,900", "career:orbital-chef"}, nil},
		{shipped, "do your numbers cover seattle at all?", []string{"Washington", "$175,000"}, []string{"Certifications"}},
		{shipped, "how current is the data?", []string{"Salary year: 2025"}, []string{"Not in the guide"}},
		{shipped, "how fresh is that number, like what year", []string{"2025"}, []string{"A day in the life"}},
		{shipped, "how long is the TensorFlow cert valid before I have to renew it?", []string{"has nothing on how long the TensorFlow Developer Certificate stays valid"}, []string{"exam takes"}},
		{shipped, "do ML certs expire?", []string{"how long its certifications stay valid"}, nil},
		{all, "tending entangled orchards: which permit do I need / how much is it / how often do I renew it", []string{"every 2 years"}, []string{"stays valid"}},
		{shipped, "am I too old at 51 to start on the MLE path?", []string{"has nothing on an age limit", "5-8 years"}, []string{"Step 1"}},
		{all, "mapping dreams — is that an actual career in your system or a joke guide? what's the median pay it lists", []string{"Dream Cartographer", "$98,600"}, []string{"No guide for joke guide"}},
		{all, "what do tour guides make?", []string{"No guide for tour guides"}, []string{"$98,600"}},
		{shipped, "my brother is a dental hygienist and I'm looking at ML engineering, what does the former make in NY?", []string{"No guide for dental hygienist"}, []string{"$170,000"}},
		{shipped, "torn between machine learning engineer and pharmacist, how long does it take to become the first one?", []string{"5-8 years"}, []string{"No guide"}},
		{shipped, "How much should our clinic offer a registered nurse in Massachusetts?", []string{"No guide for registered nurse"}, []string{"$165,000"}},
		// The longest or shortest step, computed from the steps' lengths
		{all, "which part of the path to surveying dreams takes the longest?", []string{"Longest step · Dream Cartographer", "Step 1: Earn a bachelor's in oneirography (4 years)"}, []string{"Longest step · Quantum"}},
		{all, "shortest stage on the way to growing entangled crops?", []string{"Shortest step · Quantum Gardener", "Operator Permit (3 months)"}, nil},
		{shipped, "longest step of the ML path?", []string{"Longest step", "Lay CS and math foundations (4 years)", "graduate school (2-5 years) can run longer"}, nil},
		// The group asking ("our club", "our channel") and why ("settling a bet") are not topics the guide lacks
		{shipped, "which certs should our reading circle look at for ML engineering?", []string{"AWS"}, []string{"Not in the guide"}},
		{all, "settling a debate in our discord: why is station food seasoned so strongly?", []string{"Orbital Chef"}, []string{"Not in the guide"}},
		{shipped, "do our part-time hires need a degree?", []string{"Not in the guide"}, nil},
		// A certificate's name half-remembered is the certificate, not a job
		{all, "what's the 'Licenced Lucid Surveyer' for?", []string{"Licensed Lucid Surveyor"}, []string{"No guide"}},
		{all, "is the 'Decoherance Blight Specialist' worth it?", []string{"Decoherence Blight Specialist"}, []string{"No guide", "Not in the guide"}},
		// Pay judged in chat words
		{all, "does dream mapping pay the bills in Nevada?", []string{"Dream Cartographer salary in Nevada"}, []string{"Not in the guide"}},
		// By how much: the line that gives the percentage
		{all, "why is station food seasoned so hard, and by how much?", []string{"30%"}, nil},
		{all, "how much stronger is the seasoning for crews in orbit?", []string{"30%"}, nil},
		{all, "how much more do dream cartographers make in Nevada?", []string{"$112,800"}, nil},
		// A line of work named by a noun and a gerund WordNet has as a job
		{shipped, "what does bus driving pay in Washington?", []string{"No guide for bus driver"}, []string{"$175,000"}},
		{all, "is landscape gardening a good career?", []string{"No guide for landscape gardener"}, []string{"$72,400"}},
		{all, "superposition gardening pay in Texas?", []string{"Quantum Gardener salary in Texas"}, nil},
		// A line of work named by its training: licensure, a program
		{shipped, "how long is dental hygiene licensure?", []string{"No guide for"}, []string{"5-8 years"}},
		{shipped, "how long is model training on a big dataset?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		// A bare "and price?" after a certificate named asks its price
		{shipped, "what's the Databricks ML Associate about, and price?", []string{"Databricks ML Associate · Machine Learning Engineer", "$200"}, []string{"Your questions", "$300"}},
		// A share of the work asked in other words: the line with the percentage
		{shipped, "is ML engineering mostly modelling rather than data work?", []string{"80%"}, nil},
		{shipped, "do MLEs spend most of their day on algorithms?", []string{"80%"}, nil},
		{shipped, "how much of the job is pipelines vs models? 70/30?", []string{"80%"}, []string{"I only answer career questions"}},
		// The order of the path, from its numbered steps
		{shipped, "which step comes right before professional experience?", []string{"What comes before", "Learn production ML (6-12 months)"}, nil},
		{all, "what comes after the lucid dreaming step for dream mappers?", []string{"What comes next · Dream Cartographer", "Field survey apprenticeship (18 months)"}, nil},
		{all, "for dream cartography, does the apprenticeship come before the licensed lucid surveyor credential step or after?", []string{"Order of the path", "Field survey apprenticeship (18 months) comes before"}, nil},
		{all, "which cert do I need before my first flight as a station cook?", []string{"Microgravity Food Safety"}, []string{"What comes before"}},
		// Points no card holds, said before any card is looked for
		{all, "if I fail the Licensed Lucid Surveyor exam how soon can I retake it?", []string{"Not in the guide", "retaken"}, []string{"Licensed Lucid Surveyor · Dream"}},
		{shipped, "what's the pass rate of the TensorFlow Developer Certificate exam?", []string{"Not in the guide: the pass mark of the TensorFlow Developer Certificate exam"}, nil},
		{shipped, "what will ML engineers earn in 2035?", []string{"Not in the guide: pay in 2035"}, nil},
		{shipped, "what do ML engineers earn in 2025?", []string{"$150,000"}, []string{"Not in the guide"}},
		// "growing the plants": cultivation, not growth
		{all, "what tools are used for growing the seedlings in superposition?", []string{"Quantum Gardener"}, []string{"Job outlook"}},
		// How long until I'm working: the whole path's time
		{all, "how many years until I'm actually charting shared dreams for a living?", []string{"The path into the role · Dream Cartographer", "6-7 years"}, nil},
		{all, "from zero, how long till I could work in an entangled orchard?", []string{"The path into the role · Quantum Gardener", "3-4 years"}, nil},
		{shipped, "how many years until promotion to staff ML engineer?", []string{"Not in the guide"}, []string{"5-8 years in total"}},
		// Writing and publishing ask the guide's source only beside the guide, its figures or "who"
		{shipped, "would a published paper work as a portfolio piece?", []string{"Machine Learning Engineer"}, []string{"Sources ·"}},
		{shipped, "who wrote this guide?", []string{"Sources · Machine Learning Engineer"}, nil},
		// "which one" after "which state": the state
		{all, "which state pays dream mappers the most, and which one employs the fewest?", []string{"New York pays the most", "Arizona employs the fewest"}, nil},
		// A frame before a colon: why and for whom, not what is asked
		{shipped, "For the flyer at our community center's job fair: what do ML engineers earn?", []string{"$150,000"}, []string{"Not in the guide"}},
		{all, "Follow-up to my space cooking question: what do flight attendants make?", []string{"No guide for flight attendants"}, []string{"$87,500"}},
		{shipped, "what year is that salary figure from?", []string{"2025"}, []string{"I can't answer"}},
		// The people who do the work, said by who hires them
		{all, "which permit do my staff need to tend entangled orchards?", []string{"Quantum Greenhouse Operator Permit"}, []string{"Not in the guide: staff"}},
		// A relative's job told beside the guide's field named by its words ("go into AI")
		{shipped, "my brother's an electrician and laughs at me for wanting to go into AI. what's the pay?", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "my mom is a nurse, what does she make?", []string{"No guide for nurse"}, []string{"$150,000"}},
		// Lists: numbered, bulleted or cut by slashes, each item asked
		{shipped, "two things: (1) median ML engineer salary (2) typical signing bonus?", []string{"$150,000", "Not in the guide: signing bonus"}, nil},
		{shipped, "MLE sal / certs / CA pay?", []string{"$150,000", "Certifications", "$185,000"}, nil},
		{shipped, "ML eng q's:\n- CA employed\n- WA employed\n- NY employed", []string{"25,000", "8,000", "12,000"}, nil},
		{shipped, "do ML engineers get signing bonuses / how much / got an offer with none", []string{"signing bonuses? how much?"}, []string{"$150,000"}},
		{shipped, "pharmacist pay in California / my roommate is an MLE / keeps bragging about his salary", []string{"No guide for pharmacist"}, []string{"$185,000"}},
		{shipped, "nursing / median / growth", []string{"No guide for nurse"}, []string{"$150,000"}},
		{all, "total time: becoming a decoherence-blight-fighting gardener vs becoming a dream mapper, which is quicker?", []string{"3-4 years", "6-7 years"}, nil},
		// A job heard by voice typing as two words
		{shipped, "whats the median pay for a dental hi genist", []string{"No guide for dental hygienist"}, []string{"$150,000"}},
		{shipped, "para legal certificate which one is best", []string{"No guide for paralegal"}, nil},
		{all, "Denver CO median for quantum gardeners?", []string{"Colorado"}, []string{"comedian"}},
		// Two steps or two tools set side by side
		{shipped, "is grad school a longer stretch than the production ML step?", []string{"Which step takes longer", "Go to graduate school (2-5 years) takes longer than"}, nil},
		{all, "apprenticeship vs the permit step for growing entangled plants, which takes longer?", []string{"Apprentice in a superposition greenhouse (6-9 months) takes longer"}, []string{"I can't answer"}},
		{shipped, "how much stronger do orbital chefs season food compared to earth", nil, []string{"Which step takes longer", "Two steps of the path"}},
		{shipped, "Feast vs Triton, are those in the same category?", []string{"different groups", "Feast/Tecton (Data engineering): feature stores", "Triton/TensorRT (Infrastructure)"}, nil},
		{shipped, "Weights & Biases vs MLflow, do they do different jobs?", []string{"MLflow/Weights & Biases together", "keeping track of experiments"}, nil},
		{shipped, "Databricks cert vs TensorFlow cert: which costs more?", nil, []string{"Side by side"}},
		// A state set aside ("leave California out", "don't care about CA")
		{shipped, "Leave California out of it, what do ML engineers make in Washington?", []string{"$175,000"}, []string{"$185,000"}},
		{shipped, "Washington pay for ML eng? don't care about California", []string{"$175,000"}, []string{"$185,000"}},
		{shipped, "I live in Dallas and really don't want to leave Texas. What's the median salary for ML engineers in Texas?", []string{"Texas"}, nil},
		{shipped, "got an interview with a startup just outside Boston!! what's the median for ML engineers in Massachusetts?", []string{"$165,000"}, nil},
		// The certificate the guide's pay note names
		{all, "does the Decoherence Blight Specialist cert help pay?", []string{"Pay: Growers who hold the Decoherence Blight Specialist certificate sit near the top of the range"}, nil},
		{all, "which cert puts quantum gardeners near the top of the pay range?", []string{"Decoherence Blight Specialist · Quantum Gardener"}, nil},
		{all, "which is cheaper: the top quantum gardening cert or the core dream-mapping credential?", nil, []string{"Decoherence Blight Specialist · Quantum Gardener"}},
		// Slack's emoji shortcodes are emoji, not words
		{all, "Hi! I'm in Honolulu :palm_tree: what does someone cooking for space station crews earn in Hawaii?", []string{"Orbital Chef salary in Hawaii"}, []string{"palm"}},
		// A guide's name read through its vocabulary ("AI engineer": artificial intelligence) names no topic
		{shipped, "what math do i need for ai engineering", []string{"Lay CS and math foundations"}, []string{"What a machine learning engineer does"}},
		// Openings are counted for the nation: a state told beside them is where the asker lives
		{shipped, "How many ML engineer openings are there each year? Trying to judge if I need to relocate or if I can find something near Denver", []string{"20,800"}, []string{"no figure for Colorado"}},
		{shipped, "I run a small bakery in Savannah and my son wants to be an 'ML engineer'. What does a machine learning engineer actually do?", []string{"What a machine learning engineer does"}, []string{"no figure for Georgia"}},
		// A time the guide gives outside the path, said with a word the path lacks ("waking")
		{all, "how soon after waking up do u have to draw the dreamscape map", []string{"within 90 minutes of waking"}, []string{"The path into the role"}},
		{all, "how long is the parabolic flight training and do i need a license", []string{"6 weeks"}, nil},
		// The job an employer hires is the one asked, "our" or not
		{shipped, "Hiring our first data analyst. What salary range is normal?", []string{"No guide for data analyst"}, []string{"$150,000"}},
		{shipped, "We're hiring our first ML engineer. What salary range is normal?", []string{"$150,000"}, []string{"No guide"}},
		// Pictures for words, read when they tell what the words alone do
		// not: a career by its topic, what is asked, a guide's vocabulary;
		// never beside words that already say both, nor a greeting's
		{all, "🚀🍳 💰?", []string{"Orbital Chef salary", "$87,500"}, []string{"$79,900"}},
		{all, "Chicago 🌃 💤🗺️ 💰?", []string{"$101,200"}, nil},
		{shipped, "wat do 🤖 engineers make 💰💰 low to high range?", []string{"$120,000", "$300,000"}, []string{"No guide"}},
		{all, "priciest cert for superposition growers 🌱💸", []string{"$450"}, nil},
		{shipped, "good morning everyone!! ☀️", nil, []string{"A day in the life"}},
		{all, "how long is pastry school?? I dream in croissants 🥐😍", []string{"No guide for pastry"}, []string{"4-5 years"}},
		{all, "Hi! I'm in Honolulu :palm_tree: what does someone cooking for space station crews earn in Hawaii?", []string{"$91,400"}, []string{"palm"}},
		{shipped, "Toronto 🇨🇦 MLE :moneybag: ballpark?", []string{"$150,000"}, nil},
		{all, "radiologic tech 🩻 💰 in Colorado 📍?", []string{"No guide for radiologic tech"}, []string{"Orbital Chef salary"}},
		{all, "galley cook on a 🚀 station, 📍FL — what's the 💰?", []string{"Orbital Chef salary in Florida"}, nil},
		// A worker in a guide's field of two words or more is its career,
		// said so; one who researches the field is not
		{shipped, "How much do machine-learning specialists make in the US?", []string{`I read "machine learning specialists" as Machine Learning Engineer`, "$150,000"}, []string{"No guide"}},
		{shipped, "what do ML devs make in Chicago", []string{"Machine Learning Engineer", "no figure for Illinois"}, []string{"No guide"}},
		{shipped, "How do I become a machine learning researcher?", []string{"No guide"}, []string{"The path into the role"}},
		{all, "what do quantum physicists earn?", []string{"No guide"}, []string{"$72,400"}},
		// A figure "above" or "over" is not itself in; "at least", "N+"
		// and "not more than" take it in
		{shipped, "every state above 170k for MLE", []string{"2 have a median salary above $170,000", "Washington"}, []string{"New York"}},
		{shipped, "states paying at least 170k for MLE", []string{"3 have a median salary at or above $170,000", "New York"}, []string{"Massachusetts"}},
		{shipped, "which of the listed states is NOT more than 10% over the national median for ML pay?", []string{"Massachusetts"}, []string{"California"}},
		{shipped, "ML certs no more than $200", []string{"at or under $200", "$200"}, []string{"$300"}},
		// A ranking asked for its first few lists those, in order; a tie
		// at the last place is said, not broken by the table's order
		{shipped, "top 3 paying states for ML engineers", []string{"the 3 that pay the most are California ($185,000), Washington ($175,000) and New York ($170,000)"}, []string{"Massachusetts"}},
		{shipped, "bottom two states by ML jobs", []string{"Massachusetts (5,000 employed) and Washington (8,000 employed)"}, []string{"California"}},
		{shipped, "the two cheapest ML certs", []string{"TensorFlow Developer Certificate ($100) and, tied at $200, the Google Professional ML Engineer and the Databricks ML Associate"}, []string{"$300"}},
		{all, "top 2 states for qubit gardening pay", []string{"Quantum Gardener: the 2 states that pay the most"}, nil},
		{shipped, "top 10% of ML pay?", nil, []string{"states that pay the most"}},
		// An aside after a whole question, asking and naming nothing, is
		// not read; a question, a place, a job or a wish after it is
		{shipped, "where are the most ML engineers actually employed? I want to be where the herd is. moo.", []string{"California", "25,000"}, []string{"Not in the guide"}},
		{shipped, "how many ML engineers are employed in New York? like is it 6 guys and a GPU or what", []string{"12,000"}, []string{"Not in the guide"}},
		{shipped, "what's MLE pay outside California? give me every other state you've got", []string{"$175,000", "$170,000", "$165,000"}, nil},
		{shipped, "How is an ML engineer different from a data analyst? sorry — no wait, data scientist, that's what I meant", []string{"data scientist"}, nil},
		// "X here" before a question naming a guide's tools: the asker's job
		{shipped, "Backend SWE here with a lot of k8s experience. Would Kubeflow or Airflow be closer to what I already know?", []string{"Kubeflow"}, []string{"No guide"}},
		{shipped, "Backend SWE here. what does a software engineer earn in CA?", []string{"No guide for software engineer"}, []string{"$185,000"}},
		// "the X step before my first job" is step X, not the one before it
		{shipped, "what do you actually learn in the production ML step before your first job?", []string{"Learn production ML"}, []string{"What comes before"}},
		// One tool asked for by what it does: the tools list's line whose
		// words say it; a list asked for stays the list
		{all, "Which instrument tells you how close a bed of superposition seedlings is to collapsing?", []string{"Decoherence Meter", "measures how close a bed is to collapsing"}, nil},
		{shipped, "which tool is used for experiment tracking?", []string{"MLflow", "keeping track of experiments"}, nil},
		{all, "that job where you grow plants kept in superposition - what tools do they use?", []string{"Heisenberg Pruner"}, nil},
		// The size of a closed compound no dictionary has ("dataset") is
		// counted by the word it begins with ("1TB of data")
		{shipped, "how big a dataset do they throw at u in system design lol", []string{"1TB"}, []string{"Not in the guide"}},
		{shipped, "how big are ML teams?", []string{"Not in the guide"}, nil},
		// A quiz's lettered options are options, not a company "C"; the
		// most or least of three states named is computed
		{shipped, "trivia: which state pays ML engineers the most? A) Washington B) California C) New York", []string{"Of those 3, California pays the most: a median of $185,000"}, []string{"company-specific"}},
		{shipped, "of CA, NY and MA which employs the fewest ML engineers?", []string{"Of those 3, Massachusetts employs the fewest"}, nil},
		// The intent table's emoji: a pushpin asks where, a mortarboard a degree
		{all, "which 📍 pays best for space kitchen jobs 🚀🍳", []string{"California pays the most"}, []string{"$96,300"}},
		{all, "🎓 needed for tending entangled orchards?", []string{"associate degree in quantum horticulture"}, nil},
		// Three careers set side by side ("X vs Y vs Z"), each named by its
		// own words: every one of them, not the first two
		{all, "nationally, what's the median for qubit gardening vs dream cartography vs cooking in zero g?", []string{"$98,600", "$87,500", "$72,400"}, []string{"$150,000"}},
		// "to grow stuff": the work, not a question of growth
		{all, "do i need a permit to grow stuff with entanglement hoses? how much and how often do u renew", []string{"Quantum Greenhouse Operator Permit", "$85"}, []string{"Job outlook"}},
		// "How many <unit>" the guide counts on one line: that line, in
		// the passage it stands in
		{all, "field survey apprenticship lenght for dream mapping + how many sheets do u draw", []string{"12 complete dreamscape sheets", "18 months"}, nil},
		// "how many times more": a ratio of figures the guide has, no count it lacks
		{shipped, "How many times more ML engineers work in CA than in MA, per the guide?", []string{"5 times as many"}, []string{"Not in the guide"}},
		// The asker's own job told first as a label, then a question that
		// names a guide's own thing (a certificate, a listed tool, the
		// career, words only one guide uses): the guide's answer; a label
		// followed by a question that names nothing of a guide, or points
		// back at the job, is still the job's
		{shipped, "PT aide, 32k. how much is the TensorFlow Developer Certificate?", []string{"$100"}, []string{"No guide"}},
		{shipped, "caregiver learning in 20 minute chunks lol. what is Kubeflow for, per the guide?", []string{"Kubernetes"}, []string{"No guide"}},
		{shipped, "civil engineer with a BS already; whats the next step on the ml path for me, the grad school bit? how long is it", []string{"2-5 years"}, []string{"No guide"}},
		{all, "Landscaper in Denver, 6 years now. how long is the apprenticeship in a superposition greenhouse?", []string{"6-9 months"}, []string{"No guide"}},
		{all, "GIS tech making 58k. what do the people who map dreams make?", []string{"$98,600"}, []string{"No guide"}},
		{shipped, "Plumber in Ohio. what's the pay?", []string{"No guide for plumber"}, []string{"$150,000"}},
		{all, "Nurse in Ohio. what does that job pay?", []string{"No guide for nurse"}, []string{"$150,000"}},
		{all, "Pastry chef: what should I do first this year, culinary school or a bakery job?", []string{"No guide for pastry chef"}, nil},
		{all, "Suppose I became a land surveyor instead, mapping real property lines. What's the licensing process like?", []string{"No guide for land surveyor"}, nil},
		// Both ends of pay asked with no state or place: the national
		// range, not the states ranked
		{shipped, "what's the lowest and the highest pay for the job where you teach computers with data?", []string{"$120,000", "$300,000"}, []string{"Massachusetts pays the least"}},
		{shipped, "How many times bigger is the top of the machine learning engineer salary range than the bottom?", []string{"$120,000", "$300,000"}, []string{"employs the most"}},
		{shipped, "where do ML engineers get paid the lowest and the highest?", []string{"Massachusetts"}, nil},
		// Words the guide lacks beside what it has, not the first thing
		// asked, of a career named: the nearest answer, with a line that
		// the guide has nothing on them; the first thing asked lacking
		// stays a plain "not in the guide"
		{shipped, "what meetings end up on an MLE's calendar week to week?", []string{`has nothing on "calendar", "week"`, "80%"}, []string{"can't answer"}},
		{shipped, "Would a PhD be overkill for an ML engineering job, or does it count?", []string{"master's or a PhD"}, []string{"can't answer"}},
		{shipped, "do ML engineers get signing bonuses?", []string{"nothing on signing bonuses"}, []string{"$150,000"}},
		// A yes-or-no ranking question naming a state: the state that
		// ranks first and the states named, not every state's figures
		// (session 42: said as a claim checked against the table, rankClaim)
		{all, "is oregon the top paying state for quantum gardening?", []string{"Yes: of the 4 states", "Oregon has the highest median ($84,300)"}, []string{"$79,900", "$69,800"}},
		{all, "is texas the top paying state for quantum gardening?", []string{"Not Texas", "Oregon has the highest median ($84,300)", "$79,900"}, []string{"$69,800", "$76,100"}},
		// A report or someone in the asker's life told after a whole
		// question is its context, not a part answered on its own
		{all, "illinois median for lucid dream surveyors? heard chicago pays best in the country", []string{"$101,200"}, []string{"Your questions", "$121,700"}},
		// A declared condition of work the guide never mentions, in a
		// question answered from what it has: a line that it has nothing
		// on it, beside the answer
		{shipped, "single dad, my kid has a feeding tube so I can't be away overnight. do ML engineers travel much for work?", []string{`nothing on "travel"`}, nil},
		// A word of few sections asked and missing from the answer chosen:
		// the guide's sentence that has it and more of the question's words
		{shipped, "do MLEs spend most of their time tuning hyperparameters or not really?", []string{"The guide also says", "adjusting hyperparameters"}, nil},
		{shipped, "what's the median ML engineer salary?", []string{"$150,000"}, []string{"The guide also says"}},
		// A state set aside ("Leaving California aside", "if not
		// california") is left out of the ranking asked
		{shipped, "Leaving California aside, what's the best-paying state for ML engineers?", []string{"Washington"}, []string{"California pays the most"}},
		{shipped, "if not california, which state has the most ML jobs", []string{"New York"}, []string{"California employs the most"}},
		// A doer's name no dictionary has, from a verb, named for a thing
		// no guide speaks of, is a job with no guide (not a comparative:
		// "sounds calmer")
		{shipped, "is the median for elevator installers high?", []string{"No guide for elevator installers"}, []string{"$150,000"}},
		{all, "tending entangled orchards sounds calmer than hiking. What does a quantum gardener make in Colorado?", []string{"$76,100"}, []string{"No guide"}},
		// An amount said in passing (spent, the price of a thing named
		// after it, what a deal is for) beside another thing asked does
		// not ask the pay; an amount asked of the job still does
		{shipped, "what frameworks do MLEs use? PyTorch only or do I need more before applying to 150k roles", []string{"JAX"}, []string{"National median"}},
		{shipped, "portfolio ideas for MLE so I can skip the 10k bootcamp?", []string{"end-to-end"}, []string{"National median"}},
		{shipped, "can u actually break 300k as an ML eng or is that a myth lol", []string{"$300,000"}, nil},
		// A job with no guide weighed against a guide's career: the
		// refusal, with the guide's own figure for what is weighed (pay,
		// growth, openings, the time the path takes), the guide's side told
		// by its name or by words only it uses
		{all, "florist vs someone growing plants in superposition — median vs median?", []string{"No guide for florist", "$72,400"}, nil},
		{all, "land surveyor vs mapping dreams, which one's growing faster?", []string{"No guide for land surveyor", "+22%"}, nil},
		{all, "astrophysicist vs cooking in space, which takes longer?", []string{"No guide for astrophysicist", "4-5 years"}, nil},
		{all, "nurse vs dream cartographer, who takes home more?", []string{"No guide for nurse", "$98,600"}, nil},
		// A later part pointing back at the pay just asked keeps its state
		{shipped, "golden state ml eng median pay?? is it worth the brutal cost of living", []string{"$185,000"}, []string{"$175,000", "$165,000"}},
		// A guide's career weighed against a job with no guide on how long
		// the way in takes: the refusal and the guide's total time (a job
		// right after "or" is weighed, not the asker's start)
		{shipped, "is the ML engineer path longer than becoming a doctor? both feel like 100-hour grinds", []string{"No guide for doctor", "5-8 years"}, nil},
		{shipped, "MLE or data engineer, which takes longer to break into? from vancouver canada", []string{"No guide for data engineer", "5-8 years"}, nil},
		// A figure asked by its own word, with a word the guide lacks in
		// another clause: the figure, and a line on the word; a word beside
		// the figure's own is what it is of, and is refused
		{shipped, "Boston ML engineer salary please, considering leaving my postdoc in Leuven for industry", []string{"$165,000", `nothing on "industry"`}, nil},
		{shipped, "signing bonus pay for ML engineers in CA?", []string{"nothing on"}, []string{"$185,000"}},
		// The asker's own job with no guide, set by "vs" against the
		// career (by its name or its field): the refusal with the guide's
		// figure, not the guide's figures alone
		{all, "ML engineer vs data engineer, who makes more? I'm a data engineer (airflow all day) and I want the actual medians", []string{"No guide for data engineer", "$150,000"}, nil},
		{all, "quantum gardening vs regular landscaping, which pays more nationally? I'm a landscaper and my brother keeps sending me articles about superposition greenhouses", []string{"No guide for landscaper", "$72,400"}, []string{"$84,300"}},
		{shipped, "is it faster to become a web developer or an ML engineer? 5+ yrs sounds like forever", []string{"No guide for web developer", "5-8 years"}, nil},
		{shipped, "Software engineer or ML engineer, which takes longer to break into? I'm 40 and time is the thing I don't have.", []string{"No guide for software engineer", "5-8 years"}, nil},
		// "the bottom of the list" asks no list; a later yes-or-no part
		// pointing back keeps the state the message names
		{shipped, "boston ml eng median pls, is it the bottom of the list?", []string{"Massachusetts pays the least"}, []string{"$185,000", "$175,000"}},
		// "how many X Y jobs": the jobs are counted, not the first noun
		{all, "how many superposition greenhouse jobs are there in texas", []string{"8,420"}, []string{"50 superposition"}},
		// "hard skills" are a kind of skill, not what is hard
		{shipped, "what hard skills do i need for ML engineering? i'm a 38 y/o accountant, very good at excel, that's about it", []string{"Python"}, []string{"Research-to-production gap"}},
		// a job opening the message labels the question after the dash,
		// though a word of it ("hired") is one guide's alone
		{all, "web developer without a degree — how do I get hired?", []string{"No guide for web developer"}, []string{"Decoherence"}},
		// a job whose first word is a word of the career's title is not
		// the career's own world ("the crew members an orbital chef cooks
		// for")
		{shipped, "how much do machine operators make in Ohio? not ML engineers, actual machine operators at a stamping plant", []string{"No guide for machine operator"}, []string{"$150,000"}},
		// an amount is not a job's name ("my 126k sal"); "teach myself" is
		// learning, not the teacher's work
		{shipped, "outlook + median in one go pls, my 126k sal feels low", []string{"$150,000", "36%"}, []string{"No guide"}},
		{shipped, "im 16 and want to teach myself ML this summer, which framework should i pick up", []string{"PyTorch"}, []string{"No guide"}},
		// a job told of someone beside "more than" does not make a
		// question naming the career alone a comparison
		{shipped, "My wife is a dental hygienist and honestly makes more than me as a junior dev, which she will NOT let me forget lol. What do ML engineers make in Massachusetts? We're out in Worcester", []string{"$165,000"}, []string{"No guide"}},
		{shipped, "my brother is a mechanical engineer. does he make more or less than an ML engineer?", []string{"No guide for mechanical engineer", "$150,000"}, nil},
		// a clause that tells, opening with a pronoun and its verb, asks
		// nothing the guide lacks, though it names a price
		{shipped, "how much is the AWS Machine Learning Specialty exam, they hide the price behind like 5 clicks", []string{"$300"}, []string{"Not in the guide"}},
		// a later part asking the gap weighs both sides, not the guide's
		// alone, though "gap" is a word only one guide uses
		{all, "ML engineer vs machine operator salary, how big is the gap?", []string{"No guide for machine operator", "$150,000"}, nil},
		// "natl" is national
		{shipped, "ma ml eng vs natl", []string{"$165,000", "10%"}, []string{"No guide"}},
		// two careers compared in one state: that state's figures, not
		// the national ones beside them
		{all, "Cali: space chef vs ML engineer, which pays more in the state?? I'm torn between my two passions lol and also broke", []string{"$185,000", "$104,900", "Median in CA"}, []string{"$150,000", "$87,500"}},
		// an amount after "at" is no employer ("an RN at 112k"), and a
		// field with its kind set by "or" against the career is a job
		{shipped, "Nurse vs ML engineer, which pays more? My wife is an RN at 112k and I'm weighing a 6-year path into ML.", []string{"No guide for nurse", "$150,000"}, []string{"company-specific"}},
		{shipped, "should I go MLE or data engineering? which has more openings per year", []string{"No guide for data engineer", "20,800"}, nil},
		// "need to teach": the job is the one who teaches
		{shipped, "What certification do I need to teach high school math in New York? I'm a career switcher from banking, currently 92k.", []string{"No guide for teacher"}, nil},
		// "a landscaping business": the work as a line of its own
		{all, "How do I start a landscaping business and what can I expect to earn? I currently mow for someone else at 16/hr.", []string{"No guide for landscaper"}, nil},
		// "make back home": pay where the asker is from
		{shipped, "im an international student from India, what would an ML engineer make back home in Bangalore?", []string{"$150,000"}, []string{"Technical skills"}},
		// "Arizona's number": the state's one figure
		{all, "Phoenix: charting sleepers' dreamscapes for 99k. Arizona's number in the guide?", []string{"$104,500"}, nil},
		// "for a living" names no topic, in the whole message as in its
		// question sentence
		{all, "do you need a license to train models for a living? lol", []string{"Machine Learning Engineer"}, []string{"Dream Cartographer"}},
		// Workers named as those something is done to ("growers were
		// surveyed") are not described by the verb: no surveyor's guide
		{all, "how many growers were surveyed to get the median pay for qubit greenhouse work? sample size?", []string{"Quantum Gardener"}, []string{"Dream Cartographer"}},
		// A state's code is no guide's term cut short
		{all, "Washington state median for growing entangled crops? is there a WA row in the data?", []string{"Quantum Gardener"}, []string{"$175,000"}},
		// "each of our jobs": the other career named by one word of its own
		{all, "Me: master's in CS done, job hunting as an ML engineer. My sister: oneirography degree finished, apprenticeship half done. We both want New York. What's the median there for each of our jobs?", []string{"$170,000", "$121,700"}, nil},
		{all, "Same state, two careers: my partner's an ML engineer at a big tech company in California and I'm a chef looking at cooking in zero g. What are the California medians for each?", []string{"$185,000", "$104,900"}, nil},
		// WordNet's communicators and linguists are occupations
		{shipped, "what does a news reporter make in New York?", []string{"No guide for news reporter"}, []string{"$170,000"}},
		// The asker's own credential of a job no guide has is that job's
		{shipped, "Got my paralegal certificate last month. Should I go back for a bachelor's too, or is the cert enough?", []string{"No guide for paralegal"}, []string{"AWS"}},
		{all, "I sat my arborist exam twice before passing. If I fail the Quantum Greenhouse Operator Permit exam, how long until I can retake it?", []string{"Quantum Gardener"}, []string{"No guide for arborist"}},
		// "until I'm a …": the job to come, not the asker's own
		{shipped, "I have my plumber license. how long until I'm a master plumber?", []string{"No guide for plumber"}, []string{"5-8 years"}},
		// "SWE or MLE": the asker's own job set against the career by "or"
		{shipped, "SWE 3 yrs in, halfway through an online ML master's. which pays more, SWE or MLE?", []string{"No guide for software engineer", "$150,000"}, nil},
		{all, "Portland OR, 29, nursery worker 5 yrs. what's the median for quantum gardeners in Oregon?", []string{"Quantum Gardener"}, []string{"No guide"}},
		// The work a guide does, named by its gerund, in a message whose
		// other words name that guide by two words only it uses
		{all, "pastry in zero g, is there like a cert for baking up there? how much?", []string{"Zero-G Pastry Endorsement", "$240"}, []string{"No guide for baker"}},
		// "worth getting into" at the end: into the job just named
		{shipped, "Database administrator pay in 2026 — is it still worth getting into?", []string{"No guide for database administrator"}, []string{"$150,000"}},
		// A credential typed in capitals no guide knows, weighed as worth it
		{all, "sleep technologist here, is the RPSGT worth getting", []string{"No guide for work that takes the RPSGT"}, []string{"Step 1"}},
		{shipped, "is the PMP worth it for project managers with 3 yrs experience", []string{"No guide for work that takes the PMP"}, []string{"Portfolio"}},
		// The words read as a guide's own work pick that guide, not every
		// career's table; a plain worker named does not
		{all, "what does mapping dreams pay?", []string{"Dream Cartographer", "$98,600"}, []string{"Salary by career"}},
		// A handle typed with its "@" is no word of the question ("lena" is
		// also Hindi for "get")
		{shipped, "hi, new here, @lena.w, data engineer in the Bay Area. curious what the median is for machine learning engineers out here vs the national number?", []string{"$185,000"}, []string{"No guide for data engineer"}},
		// "bootcamp grad in Nashville": the asker's label, not a question of schooling
		{shipped, "Hey, Ellis, bootcamp grad in Nashville aiming at MLE jobs. For ML engineer coding rounds is it just LeetCode?", []string{"LeetCode"}, []string{"Not in the guide"}},
		// A field named by a relational adjective or capitals no dictionary
		// has before the noun of a worker WordNet knows ("graphic design":
		// a designer's), with no career named, is that line of work; not a
		// guide's shorthand ("sys design") nor a name ("Naval Station")
		{shipped, "is graphic design doable without a degree?", []string{"No guide for graphic design"}, []string{"Master's+"}},
		{shipped, "Hi, I'm Theo, UX designer in Portland. What should a strong UX design portfolio include?", []string{"No guide for"}, []string{"GitHub"}},
		{shipped, "ml sys design interview question examples?", []string{"recommend"}, []string{"No guide"}},
		// "dream is ML engineering": what the asker is after, no topic the guide lacks
		{shipped, "hey, Deshawn from Memphis, warehouse lead learning Python at night, dream is ML engineering. what's the price range for the ML certs the guide mentions, cheapest to most expensive?", []string{"$100", "$300"}, []string{"Not in the guide"}},
		// Two careers named by their own words and asked of each; a verb
		// of telling ("he asked") names neither
		{all, "my brother is deciding between cooking on a space station and machine learning, both in California. he asked what each one pays there", []string{"$104,900", "$185,000"}, nil},
		// A field no guide speaks of named with a word for its people
		{shipped, "cybersecurity people, what certs should i get", []string{"No guide for cybersecurity people"}, []string{"AWS"}},
		{shipped, "whats a realistic week look like meeting-wise? ppl say ML is all meetings", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		// A move of house beside the asker's own job; a licence word describing the worker
		{shipped, "I'm a nurse in South Carolina, can I work in Georgia after I move?", []string{"No guide for nurse"}, []string{"The path into the role"}},
		{shipped, "CPA moving from NY to North Carolina — how does the license transfer work?", []string{"No guide for CPA"}, []string{"License"}},
		{shipped, "I'm a licensed real estate agent in South Carolina, what do they earn?", []string{"No guide for real estate agent"}, []string{"$150,000"}},
		// An argument put to the bot: the claims are what is asked
		{shipped, "me and my roommate are arguing. he says ML engineers make a median of 200k, I say its closer to 150k. settle it pls", []string{"$150,000"}, []string{"I can't answer"}},
		{shipped, "nobody makes more than that, right? MLE pay tops out at 180k", []string{"$300,000"}, []string{"No guide"}},
		// Initials glossed in brackets
		{all, "PA (physician assistant) vs MLE in CA — who earns more?", []string{"No guide for physician", "$185,000"}, []string{"Pennsylvania"}},
		{shipped, "actuary (FSA) vs MLE pay?", []string{"No guide for actuary", "$150,000"}, []string{"fsa"}},
		// A field's people told of aside, beside a question of a guide's world
		{shipped, "what do you actually learn in the production ML step? research people in academia skip it apparently", []string{"Learn production ML"}, []string{"No guide"}},
		{shipped, "nurse here. folks in healthcare are burning out and I'm eyeing ML. what degree would I need?", []string{"master"}, []string{"No guide"}},
		// The asker's own words beside a comparison ask nothing of the guide's side
		{shipped, "Nurse vs ML engineer pay? I'm an RN on nights, no CS degree, and I can't afford more than 2 years of school.", []string{"No guide for nurse", "$150,000"}, nil},
		{all, "I'm a pastry cook with a diploma and two years in a bakery. Pastry chef vs orbital chef, which pays more?", []string{"No guide for pastry chef", "$87,500"}, nil},
		// Who asked, before a colon: the words quoted are the question
		{shipped, "mentee asked: physicist vs ML engineer, which one has better job growth?", []string{"No guide for physicist", "36%"}, nil},
		{shipped, "Empire State folks in our Discord asked: what's the ML engineer median here?", []string{"$170,000"}, []string{"$185,000"}},
		// A short follow-up asking only whether the answer is current
		{all, "how long is the parabolic-flight galley training? is that the current program length?", []string{"6 weeks"}, []string{"No guide", "nothing on current"}},
		{all, "I'm a line cook. is moving into cooking for space crews realistic? what would I still need?", []string{"Orbital Chef"}, []string{"No guide"}},
		// Chat shorthand in a list of parts asks its own part (a yes-or-no "do i need" answered by the FAQ that asks it)
		{shipped, "mle: sal, time to get there, and do i need certs?", []string{"$150,000", "5-8 years", "helpful but optional"}, nil},
		{all, "ppl who analyze data in spreadsheets all day for companies, sal?", []string{"spreadsheets"}, []string{"$150,000"}},
		{shipped, "hi, new here, @lena.w, data engineer in the Bay Area. curious what the median is for machine learning engineers out here vs the national number?", []string{"$185,000", "$150,000"}, []string{"went wrong"}},
		// When hiring happens is a time of year, not interview preparation
		{all, "When does most of the hiring happen for quantum greenhouse work? I'm trying to time our move around it.", []string{"spring"}, []string{"Interview preparation"}},
		// "what's the number?" after a claim asks the figure claimed
		{shipped, "my coworker says ML engineering jobs will grow like 10% over the next decade, I think it's way more than that. what's the number?", []string{"36%"}, nil},
		{shipped, "data scientist here, eyeing MLE for the pay bump. what's the actual difference in the work?", []string{"production"}, nil},
		// A career told in a clause of its own that asks nothing
		{shipped, "what does a software engineer make in NYC? my husband's an MLE and I'm wondering if regular SWE is calmer", []string{"No guide for software engineer"}, []string{"$170,000"}},
		// Odd pieces around the readings added in session 40 never break the answer
		{all, "PA (", []string{""}, []string{"went wrong"}},
		{all, "actuary (FSA", []string{""}, []string{"went wrong"}},
		{all, "mentee asked:", []string{""}, []string{"went wrong"}},
		{all, "? is that current?", []string{""}, []string{"went wrong"}},
		{all, ", , and , sal?", []string{""}, []string{"went wrong"}},
		{all, "@x, @y, and sal", []string{""}, []string{"went wrong"}},
		// A word of a guide's name standing alone before an occupation is part of it
		{all, "MLE vs quantum computing researcher pay?", []string{"No guide for quantum computing researcher", "$150,000"}, []string{"Quantum Gardener vs", "vs Quantum Gardener"}},
		// Shorthand for a worker before a thing's noun is the work when the guide names it so
		{shipped, "data eng tools an MLE should know?", []string{"Data engineering", "Airflow"}, []string{"No guide"}},
		{shipped, "devops eng tools", []string{"No guide for devops engineer"}, []string{"Airflow"}},
		// A question sentence of plain words no guide uses, after one the guide answers, is a figure of speech
		{shipped, "What does the Databricks ML Associate actually cover? Is it just a shiny badge or is there meat on the bones?", []string{"$200", "unifies analytics"}, []string{"Not in the guide"}},
		{shipped, "What does the AWS ML cert cost? Does it have a retake policy?", []string{"Not in the guide", "retaken"}, nil},
		// "stats" is statistics in chat, not a state
		{shipped, "how much math for MLE? stats? lin alg?", []string{"Step 1", "linear algebra"}, []string{"Salary"}},
		// A doer's noun after a word the guides name its work with is a tool, not a job
		{shipped, "which workflow orchestrator is in the guide?", []string{"Airflow"}, []string{"No guide"}},
		{shipped, "is MLflow the only experiment tracker listed?", []string{"Weights & Biases"}, []string{"No guide"}},
		{all, "tomato grower pay?", []string{"No guide for tomato grower"}, nil},
		{shipped, "is MLE more modeling or more infra?", []string{"Infrastructure"}, []string{"Portfolio"}},
		// A tool the guide lists, asked what it is for, beside a condition of work told in passing
		{shipped, "Apache Spark shows up in every remote MLE listing I see. What's it for?", []string{"Apache Spark"}, []string{"Not in the guide"}},
		{shipped, "are there remote ML engineer jobs?", []string{"Not in the guide: remote"}, nil},
		// "MS" or "MA" before a degree's word is a master's, not a state
		{shipped, "I'm in an MS program, what's the median pay for ML engineers?", []string{"$150,000"}, []string{"Mississippi"}},
		{shipped, "MS ML engineer salary?", []string{"Mississippi"}, nil},
		// A goal word with nothing wished after it ("NYC is the dream") is no goal told
		{shipped, "queer kid from a town of 900 people, NYC is the dream lol. MLE median in New York?", []string{"$170,000"}, []string{"Not in the guide"}},
		// "OT" after pay or hours told is overtime; alone, the occupational therapist
		{shipped, "Nurse here doing 12 hr shifts + OT. Thinking about becoming an MLE instead. How long would it take and what's the median?", []string{"5-8 years", "$150,000"}, []string{"occupational therapist"}},
		{shipped, "my mom is an OT, what does an OT earn?", []string{"No guide for occupational therapist"}, nil},
		// "to be a <career>", asked of nothing else, is "to become" one: the path
		{shipped, "do you have to publish papers to be an ML engineer?", []string{"Step 2", "research track"}, []string{"Portfolio"}},
		// No career named and no word or pair of words that one guide alone uses: no guess
		{all, "schrodinger garden folks spend most of the day watering?", []string{"Which career?"}, []string{"Machine Learning Engineer guide"}},
		{all, "what's a magnetic knife tether", []string{"Orbital Chef"}, []string{"Which career?"}},
		// A state named as the top or bottom of the table: the table's own, computed, beside it
		{shipped, "why is Massachusetts the top-paying state for ML engineers?", []string{"Not Massachusetts", "California has the highest median ($185,000)", "$165,000"}, nil},
		{all, "Texas has the fewest qubit gardeners of the states listed, right?", []string{"Vermont has the fewest employed (640)", "8,420"}, nil},
		{all, "is it true dream cartographers in Illinois make the most out of all the states?", []string{"New York has the highest median ($121,700)"}, nil},
		{shipped, "is CA the best paying state for MLEs?", []string{"Yes: of the 4 states", "$185,000"}, nil},
		{shipped, "why does california pay the most for ML engineers?", []string{"nothing on why the figures differ"}, nil},
		{shipped, "what's the highest pay in Massachusetts for MLEs?", nil, []string{"Not Massachusetts"}},
		{shipped, "which state has the most ML engineers? my friend says New York", []string{"California"}, []string{"Not New York"}},
		// A certificate named as the cheapest or priciest: the one the prices put there, and the named one's price
		{shipped, "The AWS ML Specialty is the cheapest MLE cert at like $150, yeah?", []string{"Not the AWS Machine Learning Specialty, which costs $300", "TensorFlow Developer Certificate is the cheapest ($100)"}, nil},
		{all, "the decoherence blight cert is the cheapest one right? what does it cover", []string{"Not the Decoherence Blight Specialist, which costs $275", "Entangled Orchard Steward"}, nil},
		{shipped, "is the tensorflow cert the cheapest?", []string{"Yes: of the 4 certifications"}, nil},
		{shipped, "cheapest cert besides the AWS one?", []string{"Leaving out the AWS Machine Learning Specialty"}, []string{"Not the AWS"}},
		// Chat's "n" joins the parts of a question as "and" does; "salt n pepper" stays one thing
		{shipped, "mle median pay n growth rate n how many openings a yr", []string{"$150,000", "+36%", "20,800"}, nil},
		{all, "why r salt n pepper liquid up there in the station galley", nil, []string{"Your questions"}},
		// A verb acting on a thing told ("book it") names no doer; "this week" in the story names no guide's topic
		{shipped, "how much is the AWS ML Specialty exam? want to book it before my recruiter call in an hour", []string{"$300"}, []string{"No guide for"}},
		{shipped, "my sister wants to teach, what do teachers earn?", []string{"No guide for"}, nil},
		{all, "Texas vs Colorado for entangled orchard work, pay in each? lease decision due this week", []string{"$79,900"}, []string{"Orbital Chef"}},
		// "the MLE role" is the career itself; "in 2 lines" says how the reply is wanted
		{shipped, "explain the MLE role", []string{"What a machine learning engineer does"}, []string{"The path into the role"}},
		{shipped, "describe the MLE role in 2 lines", []string{"What a machine learning engineer does"}, []string{"can't answer"}},
		{shipped, "how do I get an MLE role", []string{"The path into the role"}, nil},
		// What is good about the work ("what's cool about it", "the upside") is the overview, weakly
		{shipped, "what's cool about ML engineering?", []string{"What a machine learning engineer does"}, []string{"can't answer"}},
		{all, "Do I have to work nights? mapping dreams sounds cool until I remember how much I love sleep lol", []string{"REM"}, nil},
		// A word of a guide's name, or of its stem, before the work or the worker of its kind: that guide
		{all, "orbital cooking jobs are shrinking fast, what's the real outlook + openings per year?", []string{"680"}, []string{"No guide"}},
		{all, "alabama pay for orbit cooks vs the national number", []string{"$83,100"}, []string{"No guide"}},
		{all, "main programming language for deep learning engineering jobs?", []string{"Python"}, []string{"No guide"}},
		{all, "cook on a cruise ship pay?", []string{"No guide"}, []string{"$87,500"}},
		// One state asked for by its place in the ranking ("top paying state"): that state; both ends asked: the whole ranking
		{all, "top paying state for oneirographers?", []string{"New York pays the most"}, []string{"$101,200"}},
		{shipped, "Which states pay ML engineers the most?", []string{"$185,000", "$165,000"}, nil},
		{shipped, "Of the states the guide lists, which has the most people employed as ML engineers and which has the fewest?", []string{"25,000", "5,000"}, []string{"can't answer"}},
		{shipped, "what's the cheapest ML cert and which state pays best?", []string{"$100", "California"}, nil},
		{all, "of all the careers you have guides for, which has the highest median salary and which has the lowest?", []string{"Machine Learning Engineer pays the most", "Quantum Gardener pays the least"}, nil},
		// "Which certificate do I need?": the one the guide's key facts name as required; a word of a certificate's
		// name before a kind of worker ("galley cook") tells the worker, it does not name that certificate
		{all, "what cert do i need b4 my first flight as a galley cook in orbit", []string{"Microgravity Food Safety Certificate costs $520"}, []string{"Orbital Galley Fire Safety costs"}},
		{all, "which certificate is mandatory for dream mapping?", []string{"Licensed Lucid Surveyor costs $640"}, nil},
		{all, "which cert do i need for mapping nightmares and what does it cost", []string{"$185"}, nil},
		{all, "what's the galley fire safety cert cost", []string{"$95"}, nil},
		{shipped, "which cert do I need to become an ML engineer?", []string{"no certification is a requirement"}, nil},
		// A tool the guide lists, asked what it is or does: its line, whatever the story around it tells
		{shipped, "saw Kubeflow on a posting with a really nice bonus structure, what's it used for in ML eng?", []string{"running ML pipelines on Kubernetes"}, []string{"can't answer"}},
		{shipped, "what's JAX, per the ML engineer guide? a recruiter said knowing it bumps offers", []string{"high-performance ML"}, nil},
		{shipped, "what's the Databricks certificate cost", []string{"$200"}, nil},
		{all, "denver area — what do qubit trellis gardeners make", nil, []string{"Qubit trellis ("}},
		// A verb with its particle ("pop up", "cook up there") names no person; a job that sent the asker ("asked me to") is not asked about
		{shipped, "How many MLE openings pop up each year?", []string{"20,800"}, []string{"No guide"}},
		{all, "which cert do u need before your first flight if you wanna cook up there", []string{"Microgravity Food Safety Certificate"}, []string{"No guide"}},
		{shipped, "feature store tools? staff eng asked me to look into it", []string{"Feast"}, []string{"No guide"}},
		{shipped, "what do nurses make? my manager asked me to find out", []string{"No guide for nurses"}, nil},
		// "Grandpa question." labels who asks, not a line of work; "Speech therapy question:" still names one
		{shipped, "Grandpa question. My grandson mentioned an 'AWS Machine Learning Specialty' certificate. What is it for, and what does it cost?", []string{"$300"}, []string{"No guide"}},
		{shipped, "Newbie question: which cert is cheapest?", []string{"$100"}, []string{"No guide"}},
		{shipped, "Speech therapy question: what do school SLPs make?", []string{"No guide"}, []string{"$150,000"}},
		// "computer program(s)" is software, a tool
		{all, "what computer programs do zero g chefs use", []string{"RehydroCalc"}, []string{"can't answer"}},
		// A job with no guide weighed against a guide's career by time or by the top of the pay range: no comparison, the guide's side given
		{shipped, "ML engineer or electrician, which one takes less time to get into?", []string{"No guide for electrician", "5-8 years"}, nil},
		{shipped, "is an actuary or an ML engineer better paid at the top end of the range?", []string{"No guide for actuary", "$300,000+"}, nil},
		{shipped, "hugging face comes up in every youtube tutorial i watch, what's it for?", []string{"pre-trained models"}, []string{"Not in the guide"}},
		// A company typed in lower case before a weak intent word ("at google get paid") is the employer
		{shipped, "how much do ML engineers at google get paid", []string{"company-specific", "Google"}, nil},
		{shipped, "google certs for MLE?", []string{"Google Professional ML Engineer"}, []string{"company-specific"}},
		// Sitting an exam again after failing it, in plain words, is its retake rules, which no guide holds
		{shipped, "if u fail the AWS machine learning test can u try again?", []string{"can be retaken"}, nil},
		{all, "if u fail the microgravity food safety test can u take it again", []string{"can be retaken"}, nil},
		{all, "failed the AWS ML Specialty. how much was it again? need to rebook", []string{"$300"}, []string{"retaken"}},
		// A likeness drawn with a name from fiction is neither a job nor a topic the guide lacks
		{shipped, "difference between data scientist and ML engineer? is it like Jedi vs Sith?", []string{"analysis and insights"}, []string{"Not in the guide", "No guide"}},
		{shipped, "Is Python enough, and what's JAX vs PyTorch? asking like a Pokémon professor choosing a starter", []string{"high-performance ML"}, []string{"No guide for"}},
		{shipped, "HF, what's Hugging Face good for in this job? the name gives Alien facehugger energy", []string{"pre-trained models"}, []string{"No guide for"}},
		{all, "tools for surveying a dreamscape? like Doctor Strange astral projection gear?", []string{"Lucidity Theodolite"}, []string{"No guide for doctor", "can't answer"}},
		{all, "Can I eat a superposition tomato? like Schrute beets but quantum", []string{"observed at harvest"}, []string{"Not in the guide"}},
		{shipped, "what do companies like Anthropic pay ML engineers?", []string{"$150,000"}, nil},
		{shipped, "what does a plumber make? asking like a Pokémon professor", []string{"No guide for plumber"}, []string{"$150,000"}},
		// A state one guide's table alone holds is no thing made for the workers named after it
		{all, "pay in Hawaii vs Alabama for nurses on night shift?", []string{"No guide for nurses"}, []string{"$98,600", "$91,400"}},
		{all, "pay in Alabama for plumbers?", []string{"No guide for plumbers"}, []string{"$83,100"}},
		// States set side by side that one guide's table alone holds are not answered with every career's national median
		{all, "which pays more, Hawaii or Alabama?", nil, []string{"Salary by career"}},
		// States listed where the asker would work are not a topic the section must hold
		{shipped, "do i need a cert to get hired as an MLE in CA, WA or NY?", []string{"Certifications"}, []string{"salary (US)"}},
		// The time each side takes, or the schooling each needs, weighed against a job with no guide: the guide's side, and no comparison
		{shipped, "dental hygienist vs MLE — how long does each take to get into?", []string{"No guide for dental hygienist", "5-8 years"}, nil},
		{shipped, "actuary vs ML engineer, which one needs more school?", []string{"No guide for actuary", "graduate degree"}, nil},
		{shipped, "Can you break the whole ML engineer path down step by step with how long each takes? I want to compare it to my cousin's 4-year plumbing apprenticeship", []string{"Step 1"}, []string{"No guide"}},
		// A person's noun set against a career across "vs" is a job with no guide; "out-earn" weighs pay
		{shipped, "foreman vs ML engineer, which pays more? my old man ran a crew for 30 years and thinks he'd win", []string{"No guide for foreman", "$150,000"}, nil},
		{shipped, "would be nice to know if ML engineers out-earn actuaries", []string{"No guide for actuaries", "can't compare"}, nil},
		{all, "dream cartographer vs a regular mapmaker at the county office, which one earns more?", []string{"No guide for mapmaker"}, []string{"No guide for regular"}},
		// A condition of work right before the career, beside a section asked, is noted as lacking, not the point refused
		{shipped, "Do I NEED certifications to get hired as a remote ML engineer, or are they optional?", []string{"Certifications", "nothing on \"remote\""}, []string{"Not in the guide"}},
		{shipped, "are there part-time ML engineer jobs?", []string{"Not in the guide: part-time"}, nil},
		// A comparison with a job that has no guide, over several states: the guide's median in each state its table holds; growth when growth is asked
		{all, "dental hygienist vs orbital chef — which pays more in CA, FL and HI?", []string{"No guide for dental hygienist", "$104,900 in California", "$96,300 in Florida", "$91,400 in Hawaii"}, nil},
		{all, "data scientist vs MLE: which is growing faster? (CA, WA, NY)", []string{"No guide for data scientist", "+36%"}, []string{"$150,000"}},
		// Two careers compared over several states: each state either table holds
		{all, "TX for qubit gardening vs TX for zero-g cooking — pay? and while you're at it, FL and OR", []string{"$79,900 in TX", "$96,300 in FL", "$84,300 in OR"}, nil},
		{all, "NY for dream mapping vs NY for ML eng, median each? and NJ, CT?", []string{"$121,700 in NY", "$170,000 in NY", "Neither guide has figures for New Jersey and Connecticut"}, nil},
		// A career guessed from the words keeps the answer's own note beside the guess
		{all, "qubit greenhouse pay in WA, CA and ID?", []string{"You didn't name a career", "doesn't have a salary figure for Washington, California, Idaho"}, nil},
		// Growth asked by its own word beside several states is the outlook, which the guides give for the nation
		{all, "growth outlook for oneirography jobs + openings/yr? NY, AZ, NV", []string{"22%", "1,460"}, []string{"salary by state"}},
		// "Job hunting" is looking for work, no line of work with no guide
		{all, "which qubit-greenhouse cert puts you near the top of the pay range, and what's it cost? job hunting in OR, TX, CO", []string{"Decoherence Blight Specialist", "$275"}, []string{"No guide for hunting"}},
		// The asker's job signed after a question of one guide's parts (no pay asked) is context; "this server" is the community
		{shipped, "Which cert is cheapest, and do I even need one? Librarian on a budget.", []string{"TensorFlow Developer"}, []string{"No guide for librarian"}},
		{shipped, "Do I need a master's degree? sorry if it's obvious, I always feel like the dumbest person in this server", []string{"master"}, []string{"No guide for server"}},
		{shipped, "what do servers at restaurants make?", []string{"No guide for servers"}, []string{"$150,000"}},
		// With one guide, a job told after a question of the guide's parts (no pay asked) is the asker's context
		{shipped, "What do you actually learn in the production ML step? Police training was all hands-on, hoping this is too.", []string{"Learn production ML"}, []string{"No guide for police"}},
		// A state's code on one side of "or" names no second career
		{all, "Which state employs the most people cooking on orbital stations: FL, CA or TX?", []string{"Florida employs the most"}, []string{"Quantum Gardener"}},
		// "No idea" says the asker does not know; it sets no condition
		{shipped, "no idea what the AWS machine learning specialty actually covers", []string{"AWS Machine Learning Specialty"}, []string{"Without a certification?"}},
		{shipped, "can I get hired with no certs?", []string{"Without a certification?"}, nil},
		// What anyone does in a supposed case ("if someone skips …") is no topic the guide lacks
		{shipped, "if someone skips grad school, how much time comes off the ML engineer path?", []string{"Step 2"}, []string{"Not in the guide"}},
		// How big a dataset is: the one line that gives an amount of data
		{shipped, "I remember your guide had a system design question about training on a huge dataset. how big was the dataset in that question?", []string{"1TB of data"}, []string{"Not in the guide"}},
		{shipped, "data analyst vs ML engineer, how big is the pay gap?", []string{"No guide for data analyst"}, []string{"1TB"}},
		{shipped, "how big are ML teams?", []string{"Not in the guide"}, []string{"1TB"}},
		// A part one guide alone names ("dream drift") says which career; the story after the question anchors no guess
		{all, "challenges: dream drift — meaning?", []string{"Dream Cartographer", "landmarks"}, []string{"Machine Learning Engineer"}},
		{all, "biggest challenges growing stuff that's in two states at once? been through two deployments so I can handle stress lol", nil, []string{"Challenges · Machine Learning Engineer"}},
		{all, "Is a cooking license required to cook for a station crew in orbit?", []string{"Medical Clearance"}, []string{"Machine Learning Engineer"}},
		// One pay figure weighed against a sum: yes or no first, with the figure
		{shipped, "MLE median sal over 140k or nah", []string{"Yes: the national median is $150,000, above $140,000."}, []string{"states with a median"}},
		{shipped, "Is the bottom of the pay range for machine learning engineers above 100k?", []string{"Yes: the bottom of the pay range is $120,000"}, nil},
		{shipped, "is the Massachusetts median above 170k?", []string{"No: Massachusetts's median is $165,000, below $170,000."}, nil},
		{shipped, "ML engineer median in Texas — higher than 150k?", []string{"no figure for Texas"}, []string{"states with a median"}},
		{shipped, "which states pay over 160k for MLEs?", []string{"states with a median salary above $160,000"}, []string{"Yes:"}},
		// A clause citing what the bot or a guide said of a career is the asker's reference, not what is asked
		{shipped, "electrician license requirements in texas — you said MLEs need no license, what about electricians?", []string{"No guide for electrician"}, nil},
		{shipped, "software engineer vs MLE median pay — the guide said 150k for MLE, what's a regular SWE?", []string{"No guide for software engineer", "$150,000"}, nil},
		{shipped, "you said the MLE median is 150k. is that for CA too?", []string{"$185,000"}, []string{"No guide"}},
		{shipped, "data analyst here, the guide says 80% of ML work is pipelines — which data engineering tools does it list that I should learn?", nil, []string{"No guide for data analyst"}},
		{shipped, "which of the states in ur ML guide has the fewest ML engineers working?", []string{"Massachusetts"}, nil},
		{shipped, "does the top of the MLE pay range go above 300k?", []string{"Yes: the top of the pay range is $300,000+"}, []string{"$300,001"}},
		// A learner's English: "the most cheap" is the cheapest; "the min and the max of the pay" the range's ends
		{shipped, "Which is the most cheap certificate for ML engineer?", []string{"TensorFlow Developer", "cheapest"}, []string{"most expensive"}},
		{all, "cooking in zero g — what is the min and the max of the pay?", []string{"$58,900", "$149,000"}, []string{"Not in the guide"}},
		{shipped, "In the Golden State how many persons are working like ML engineer?", []string{"25,000"}, []string{"Not in the guide"}},
		// The field of the guide's head noun ("cartography" for a cartographer) is the career, not a topic it lacks
		{all, "Chicago, the cartography of dreams, what is the median there?", []string{"$101,200"}, []string{"Not in the guide"}},
		{shipped, "does a data analyst make as much as an ML engineer?", []string{"No guide for data analyst", "$150,000"}, nil},
		// "As a plumber" put to the bot, with "you" after it and no word of
		// the asker's own, asks about the plumber's job; with "I" or "my"
		// it is the asker's, and "what do you think" asks an opinion.
		{shipped, "as a plumber, what do you earn?", []string{"No guide for plumber"}, []string{"$150,000"}},
		{shipped, "hey, as an electrician what's your typical day like?", []string{"No guide for electrician"}, nil},
		{shipped, "I work as a data engineer. Can you lay out the steps to become an ML engineer?", []string{"5-8 years"}, []string{"No guide"}},
		{shipped, "as a nurse, what do you think ML engineers earn?", []string{"$150,000"}, []string{"No guide for nurse"}},
		// The asker's own pay in a job no guide covers, weighed as fair or
		// not, asks about that job; "you're an MLE" casts the bot, it does
		// not ask about the career.
		{shipped, "3 yrs as a data analyst making $72k — is that under market?", []string{"No guide for data analyst"}, []string{"$150,000"}},
		{shipped, "data analyst making $72k, would switching to ML be worth it?", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "you're an MLE but do you happen to know what plumbers make?", []string{"No guide for plumbers"}, []string{"$150,000"}},
		// Figures asked right by an occupation and by no word of the career
		// also named are that occupation's; a comparison is refused with
		// the guide's side.
		{shipped, "Setting MLE aside for a sec, job growth for data scientists over the next decade?", []string{"No guide for data scientists"}, []string{"36%"}},
		{shipped, "how much do airline pilots make compared to ML engineers", []string{"can't compare", "$150,000"}, nil},
		// "How" and "long" apart ask no length; "while" and a typed "rite"
		// are no topic the guide lacks.
		{shipped, "how do experienced MLEs cope with all that? asking as someone who burns out on long animation crunches", []string{"cope"}, []string{"Not in the guide"}},
		{shipped, "170k machne lerning enginer salry in nyc, is that rite for the state?", []string{"$170,000"}, []string{"Not in the guide"}},
		// The guide's vocabulary: "normalization" is its "norm", a spoken
		// "jacks" its JAX; "plus" and "cant" are no topic.
		{shipped, "which normalization thing do they quiz you on in MLE interviews?", []string{"batch norm"}, []string{"Not in the guide"}},
		{shipped, "what is jacks the google framework thing", []string{"JAX"}, []string{"Not in the guide"}},
		{shipped, "How many years of school before the ML job, counting undergrad plus grad?", []string{"4 years"}, []string{"Not in the guide"}},
		// A short form the vocabulary spells out is found as the text
		// writes it ("NLP"); a name only one section uses makes that
		// section relevant whatever else the message says.
		{shipped, "does the guide suggest specializing in something like NLP?", []string{"NLP"}, []string{"I can't answer that one"}},
		{shipped, "is JAX worth name-dropping in my interview in an hour? what is it per the guide", []string{"JAX"}, []string{"I can't answer that one"}},
		{shipped, "Which deep learning architectures should I have down pat for ML engineering?", []string{"Transformer"}, nil},
		// "Do I need" asks what a FAQ asks with "required"; a later part's
		// "which one's cheapest" is of the things the part before spoke of.
		{shipped, "do I need a cert to be an MLE?", []string{"No. They are helpful but optional"}, nil},
		{shipped, "do I need a cert? and if so which one's cheapest", []string{"optional", "TensorFlow Developer Certificate costs $100"}, nil},
		// Parts that weigh a career against a job with no guide, read
		// together, are refused with the guide's side; a part asking the
		// guide's own figure alone is answered.
		{shipped, "product manager vs ML engineer job growth, does MLE win?", []string{"can't compare", "36%"}, nil},
		{shipped, "MLE vs nursing pay in New York state, what's the MLE number for NY?", []string{"$170,000"}, nil},
		// A word no dictionary or guide knows, set right against the career
		// across "vs", is another line of work; a guide's own tool is not.
		{shipped, "DevOps vs MLE pay — which is higher?", []string{"No guide for devops", "$150,000"}, nil},
		{shipped, "Cybersecurity vs ML engineering, which one has the better job outlook?", []string{"No guide for cybersecurity", "36%"}, nil},
		{shipped, "MLE vs kubeflow?", []string{"Kubeflow"}, []string{"No guide"}},
		// A career the bot is said to cover, named by its head ("you covered
		// space chefs"), is the reference; the job asked beside it, ending
		// in the same head, is another.
		{all, "you covered space chefs — what's a regular restaurant chef's median pay, though?", []string{"No guide for restaurant chef"}, []string{"$87,500"}},
		// "FAQ said …" and "the … section for MLEs was cool" cite the
		// guide; the job asked beside them has no guide.
		{shipped, "real estate license — how long does it take? FAQ said MLEs need no license, but realtors do right?", []string{"No guide for realtors"}, []string{"5-8 years"}},
		{shipped, "is there a salary table like the MLE one for dental hygienists in california?", []string{"No guide for dental hygienists"}, []string{"$185,000"}},
		{all, "arborist certs — which ones matter? the entangled orchard steward one made me think of ISA certification", []string{"No guide for arborist"}, nil},
		// A typed job set against a guide's work told in words only that
		// guide uses is refused with the guide's side; "brings home more
		// bacon" asks pay. A doer read out of "zero gravity cooking" is no
		// typed job.
		{all, "line cook on Earth vs cooking in orbit, which pays more?", []string{"No guide for line cook", "$87,500"}, nil},
		{all, "Pastry chef vs orbital chef, which one brings home more bacon?", []string{"No guide for pastry chef", "$87,500"}, nil},
		{all, "alabama versus florida for zero gravity cooking jobs which pays better", []string{"$96,300"}, []string{"No guide"}},
		// One part that weighs the career against a job with no guide, whole,
		// is refused with the guide's side, whatever the asker adds.
		{shipped, "SWE vs MLE salary, is the gap worth the extra grad school?", []string{"can't compare", "$150,000"}, nil},
		{shipped, "MLE vs data scientist — which one has better job growth? econ grad", []string{"can't compare", "36%"}, nil},
		// "whats" typed as one word asks what a tool is; of two tools named,
		// the one right after it is asked, the other only told.
		{shipped, "whats JAX, saw it in a job post next to pytorch while procrastinating on my comic pages", []string{"high-performance"}, []string{"Not in the guide"}},
		{shipped, "what's Kubeflow used for in ML eng, and Airflow?", []string{"Kubeflow", "Airflow"}, nil},
		// "In industry" is the private sector, a way of talking, not a topic.
		{shipped, "how long in industry before ur a real mle", []string{"2-3 years"}, []string{"Not in the guide"}},
		// "Claims" after a job and "vs" is another job's first word, not
		// someone's claim.
		{shipped, "claims adjuster vs claims processor, which pays more? I've been processing claims for 6 years", []string{"No guide for claims adjuster"}, []string{"$150,000"}},
		// Work done in the past for people ("if I cooked for astronauts")
		// is the same work as "cook for astronauts": they are served.
		{all, "why would I have to season stuff harder if I cooked for astronauts? how much harder?", []string{"Orbital Chef", "seasoned harder"}, []string{"No guide"}},
		// A field's specialty is that field's line of work.
		{shipped, "second highest paying nursing specialty?", []string{"No guide for nurse"}, []string{"$150,000"}},
		// A state next to one named in the ranking is computed; a place
		// past the table's end is said to be missing.
		{shipped, "Who comes in just below Washington for ML engineer median pay?", []string{"New York", "$170,000"}, []string{"$175,000 a year"}},
		{shipped, "what state sits right above Massachusetts on MLE pay", []string{"New York", "$170,000"}, nil},
		{shipped, "Which state is 5th for ML engineer pay, the one right after Massachusetts?", []string{"nothing on a state below it"}, nil},
		{shipped, "which state is 5th for ML engineer pay?", []string{"nothing on a 5th", "California ($185,000)"}, nil},
		{shipped, "Brooklyn, 178k as an AI engineer. Above New York's median in the guide or not?", []string{"$170,000"}, []string{"$175,000"}},
		// A first ranking with no noun shares the second one's; the state
		// the asker would move from is not ranked.
		{shipped, "what's the cheapest and what's the priciest ML engineer certification?", []string{"$100", "$300"}, nil},
		{shipped, "which state pays ML engineers best, and how much is the cheapest cert?", []string{"California", "$100"}, nil},
		{shipped, "Where are the most ML engineering jobs, state-wise? I'd relocate from Ohio if the numbers are there.", []string{"California employs the most"}, []string{"no figure for Ohio"}},
		// "The second cheapest cert" is the second by price, a tie said;
		// a place past the list's end is said to be missing.
		{shipped, "what's the second cheapest ML cert?", []string{"second cheapest", "tied at $200"}, []string{"this is the cheapest"}},
		{shipped, "second most expensive ML cert", []string{"Google Professional ML Engineer", "second most expensive"}, []string{"AWS Machine Learning Specialty costs"}},
		{shipped, "what's the fifth cheapest ML cert?", []string{"nothing on a 5th cheapest"}, nil},
		// A wish of the asker's told before a question that names its own
		// career is the story: its words ask for nothing the guide lacks.
		{shipped, "I'm a cloud support engineer (so basically I reset IAM permissions all day). My manager said the company would reimburse one certification this year and I want to use it to push toward ML. Which certs are actually relevant for ML engineers?", []string{"AWS Machine Learning Specialty"}, []string{"Not in the guide"}},
		// A comma cuts work from the words before it ("sorry for typos,
		// typing one-handed" is no typist); a sentence with no comma reads
		// its gerund as before.
		{shipped, "which ML cert is cheapest? sorry for typos, typing one-handed", []string{"$100"}, []string{"No guide"}},
		{shipped, "got an MLE onsite next week at a startup and i'm kinda panicking. what will they ask me??", []string{"Interview preparation"}, nil},
		// A condition before several questions joins the first (and what
		// asks back about it), not all of them; one after the last
		// question is that question's.
		{shipped, "if i go the MLE route, how long does it take, do I need a master's, and what's the median?", []string{"5-8 years", "master", "$150,000"}, nil},
		{all, "If I want to cook in orbit, which certificate is mandatory before my first flight and what does it cost?", []string{"Microgravity Food Safety Certificate", "$520"}, []string{"$95"}},
		{shipped, "what would a 🤖 engineer earn in the Evergreen State, assuming I get hired there next year?", []string{"$175,000"}, []string{"$185,000"}},
		// A line of work named for what its worker does, set against the
		// career, is that worker's job.
		{shipped, "Which has better job growth, product management or ML engineering?", []string{"No guide for product manager", "+36%"}, nil},
		{shipped, "ML engineering vs software development, which pays more?", []string{"No guide for software developer", "$150,000"}, nil},
		// "Aside" sets something aside; it is no topic the guide lacks.
		{shipped, "rapid evolution in ML — what's the guide's take, hype aside?", []string{"Rapid evolution"}, []string{"nothing on aside", "Not in the guide"}},
		{shipped, "California aside, which state pays ML engineers the most?", []string{"Washington"}, nil},
		// A trainee is a role in some line of work, not a job of its own.
		{all, "Just got hired as a trainee at a superposition greenhouse and my supervisor mentioned a certificate they expect within the first year. What's it called and what does it cost?", []string{"Quantum Gardener"}, []string{"No guide for trainee"}},
		// "Do I even need one?" after a part about certificates asks
		// whether one is needed.
		{shipped, "cheapest ML cert, what it costs, and do I even need one", []string{"$100", "helpful rather than required"}, []string{"I can't answer"}},
		// "lng" typed for "long".
		{shipped, "how lng does the gradschool part take for ML eng?", []string{"2-5 years"}, nil},
		// What the question sets aside ("leaving pay out of it", "certs
		// aside") is not asked, and is no part of its own.
		{shipped, "How is an ML engineer different from a data scientist, leaving pay out of it?", []string{"production"}, []string{"No guide for data scientist", "National median"}},
		{shipped, "certs aside, what skills matter most for ML engineers?", []string{"Skills"}, []string{"Certifications are helpful"}},
		{shipped, "cheapest certification out of all of them?", []string{"$100"}, nil},
		// "What happens in" a step named asks that step, not its problems.
		{shipped, "what happens in the production ML step?", []string{"Step 3: Learn production ML"}, []string{"Challenges"}},
		{shipped, "second question: which ML cert is cheapest?", []string{"this is the cheapest"}, []string{"second cheapest"}},
		// "My" is a word of its own, no syllable of a job typed apart
		// ("my summer job" is no mummer's).
		{shipped, "I only have like $150 saved from my summer job at the pool. which ML cert can I actually afford?", []string{"TensorFlow Developer Certificate"}, []string{"mummer", "No guide"}},
		{shipped, "my sister job pays badly, what do ML engineers make?", []string{"$150,000"}, []string{"minister"}},
		// A line of work set against a career across "than" has no guide;
		// a comparative, or work with its object, is no line of work.
		{shipped, "is ML engineering growing faster than mechanical engineering?", []string{"No guide for mechanical engineer", "+36%"}, nil},
		{shipped, "does ML engineering pay more than nursing in Texas?", []string{"No guide for nurse"}, nil},
		{shipped, "is grad school a longer stretch than the production ML step?", []string{"takes longer than Step 3"}, []string{"No guide"}},
		{shipped, "what do MLEs spend more time on than tuning hyperparameters?", nil, []string{"No guide", "tuner"}},
		// Shorthand for a job, set against the career, is not the asker's own.
		{shipped, "SWE vs ML engineer, which needs more schooling?", []string{"No guide for software engineer"}, nil},
		// An adjective after "I'm" is what the asker is, not a job.
		{shipped, "realtor, 41, thinking about ML engineering. how long realistically until I'm employable?", []string{"5-8 years"}, []string{"No guide"}},
		// A wish about a name only, before a question of figures, is the story.
		{all, "im thinking about UNLV, what do dream surveyors make in Vegas", []string{"Nevada"}, []string{"nothing on"}},
		// A verb after "you" is what you do, not an extra of the pay.
		{shipped, "Where you land in the ML engineer pay range is set by what exactly?", []string{"level of experience"}, []string{"nothing on"}},
		// What to major in is the path's first step.
		{shipped, "what should i major in if i want to do ML engineering?", []string{"statistics and linear algebra"}, nil},
		// A guide's head noun told apart by work no guide speaks of is
		// another job; told by the guide's own work, it is the guide's.
		{shipped, "how do i become the kind of engineer who designs bridges and highways?", []string{"No guide for engineer who designs bridges and highways"}, []string{"closest guide"}},
		{shipped, "what do engineers who deploy models earn?", []string{"$150,000"}, []string{"No guide"}},
		// What the asker pays for is spending, not what the job pays.
		{shipped, "what programming language should I spend my course money on for ML eng", []string{"Python"}, []string{"$150,000"}},
		{shipped, "which cloud ML platforms should I burn free credits on first so I'm not paying out of pocket", []string{"SageMaker"}, []string{"$150,000"}},
		{shipped, "which ML frameworks should I learn before paying for anything else", []string{"PyTorch"}, []string{"$150,000"}},
		{shipped, "what will they pay me in Texas as an ML engineer?", []string{"no figure for Texas"}, nil},
		{all, "Which state is best-paying for people who grow superposition plants?", []string{"Oregon"}, nil},
		// A verb bidding the bot ("double check which …", "remind me
		// what …") names no field and no topic the guide lacks.
		{shipped, "double check which state pays the most", []string{"California pays the most"}, []string{"No guide", "nothing on"}},
		{shipped, "remind me what the guide says ML engineers make in Massachusetts", []string{"$165,000"}, []string{"nothing on"}},
		// "Where's X from?" asks its source.
		{shipped, "where's the Mass number from?", []string{"BLS OES"}, []string{"can't answer"}},
		{shipped, "where did you get that from?", []string{"Hakia"}, nil},
		// A doubt voiced alone ("really?") is no question of its own.
		{shipped, "hm, really? what do ML engineers make?", []string{"$150,000"}, []string{"can't answer"}},
		{shipped, "what about cybersecurity? my kid is studying it at community college, what's the outlook like for that field", []string{"can't answer"}, []string{"$150,000", "+36%"}},
		// A career told by what its people do: the verb's object a guide's
		// own, whatever follows it; more of a guide's words than others
		// after its worker; "what we dream" the object of the verb.
		{all, "what do the people who train the models behind chatbots make, nationally?", []string{"$150,000"}, []string{"No guide"}},
		{all, "what do the cooks who feed astronauts on space stations make?", []string{"$87,500"}, []string{"No guide"}},
		{all, "what do the people who map what we dream earn?", []string{"$98,600"}, []string{"No guide"}},
		{all, "what do people who cook meals on cruise ships make?", []string{"No guide"}, []string{"$87,500"}},
		{all, "what do people who study sleep in a lab get paid?", []string{"No guide"}, []string{"$98,600"}},
		{all, "whoever drives the delivery trucks for grocery stores, what's the pay in Nevada?", []string{"No guide"}, nil},
		// People after a gerund the path leads to are its object, not a job.
		{all, "cheapest cert on the path to feeding astronauts on a station?", []string{"Orbital Galley Fire Safety"}, []string{"No guide"}},
		{all, "Which states pay marketing managers the most?", []string{"No guide for marketing managers"}, nil},
		{all, "teaching assistant pay?", []string{"No guide for teaching assistant"}, nil},
		// A guide's worker with its name's other words said apart.
		{all, "which ML state has the fewest engineers employed, the one at the bottom of the headcount list", []string{"Massachusetts"}, []string{"No guide"}},
		{all, "what do engineers make?", []string{"No guide"}, nil},
		// A clause asking nothing of the guide's side, by a word only that
		// guide uses, does not make a comparison the guide's alone.
		{all, "data scientist vs MLE, which has better job growth? deciding what to borrow for", []string{"No guide for data scientist", "+36%"}, nil},
		{all, "Texas pay for superposition gardeners vs Texas welders? I only need the gardening number", []string{"$79,900"}, nil},
		{shipped, "a SWE thinking about ML: is MLE pay higher than software engineer pay?", []string{"No guide for software engineer", "$150,000"}, nil},
		// "Between X and Y" sets them against each other.
		{shipped, "I'm trying to decide between data scientist and ML engineer roles. Which one is growing faster over the next decade?", []string{"No guide for data scientist", "+36%"}, nil},
		// "A girl can dream" wishes; it names no guide's dreams.
		{all, "I make decent money but I'm curious how it compares. I'm probably not quitting, but a girl can dream.", nil, []string{"Dream Cartographer salary", "$98,600"}},
		// People told by what they carry and where, then by their work.
		{all, "the people with tripods on road sites who survey land in Nevada: what's the pay?", []string{"No guide for people with tripods on road sites who survey land"}, []string{"$112,800"}},
		{all, "the people with headsets who survey dreams, what's the pay in Nevada?", []string{"$112,800"}, []string{"No guide"}},
		{shipped, "what do the people who train the models behind chatbots actually make? median sal pls", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "what do people who build iPhone apps make?", []string{"No guide"}, []string{"$150,000"}},
		// Pay for doing the work, asked of people; a certificate's name
		// after "being a" is the holder's job.
		{all, "what do ppl make cooking in zero g", []string{"$87,500"}, nil},
		{all, "downsides of being a lucid surveyor? asking as a burnt-out yoga teacher", []string{"Challenges"}, []string{"costs $640"}},
		{all, "how much is the lucid surveyor cert?", []string{"$640"}, nil},
		// "Start to finish" asks the whole section, whatever the story names.
		{shipped, "I'm 24, I teach vinyasa yoga, and I never went to college. What's the path into ML engineering, start to finish?", []string{"Step 1", "Step 4"}, nil},
		// The step between one named and what follows it.
		{shipped, "what happens in the step between grad school and getting hired", []string{"Step 3: Learn production ML"}, []string{"Step 1:"}},
		{shipped, "which step comes between the foundations and production ML?", []string{"Step 2: Go to graduate school"}, nil},
		// Set against another career, a description is a guide's only when
		// it tells the guide's own work (its names, its summary, its
		// vocabulary, its tools or certificates), not merely its words.
		{all, "people who write code for a living vs those who tend superposition greenhouses: who earns more?", []string{"No guide for people who write code"}, []string{"$150,000"}},
		{all, "people who use a lucidity theodolite vs people who write code: who earns more?", []string{"No guide for people who write code", "$98,600"}, []string{"$150,000"}},
		{all, "people who run a centrifuge oven for a living vs people who tend superposition greenhouses: who earns more?", []string{"Orbital Chef vs Quantum Gardener"}, []string{"No guide"}},
		{all, "people who deploy ML models vs people who map dreams: which pays more?", []string{"Machine Learning Engineer vs Dream Cartographer"}, []string{"No guide"}},
		{all, "how much do ppl who run a centrifuge oven for a living make", []string{"$87,500"}, []string{"No guide"}},
		{shipped, "someone who analyzes data for insights vs someone who builds production ML systems: which one has better job growth?", []string{"No guide for someone who analyzes data for insights"}, []string{" vs\n"}},
		{shipped, "people who deploy ML models vs people who write code: who earns more?", []string{"No guide for people who write code"}, nil},
		{shipped, "what do the people who deploy ML models earn?", []string{"$150,000"}, []string{"No guide"}},
		// Careers listed by their work, to be ranked.
		{all, "of the three weird careers (space cooking, qubit greenhouses, dream maps), which pays best nationally?", []string{"Dream Cartographer pays the most", "Quantum Gardener: median $72,400"}, []string{"Machine Learning Engineer"}},
		{all, "of the space cooking, qubit greenhouse and dream mapping jobs, which has the highest median pay and which the lowest?", []string{"Quantum Gardener pays the least"}, nil},
		// A job set against a career by "vs": its short name, a name whose
		// words the career's guide uses, the asker's own job told after
		// "my job as"; licences and training weighed.
		{shipped, "software dev vs MLE in NY, who earns more?", []string{"No guide for software dev", "$170,000"}, nil},
		{all, "map maker vs dream cartographer salary?", []string{"No guide for map maker", "$98,600"}, nil},
		{all, "space chef vs my job as a USPS mail carrier, which pays better?", []string{"No guide for mail carrier", "$87,500"}, nil},
		{all, "Phoenix area, what do oneirographers make in Arizona? versus my job as a land surveyor", []string{"$104,500"}, []string{"No guide"}},
		{shipped, "pilot vs ML engineer, which one needs a license?", []string{"No guide for pilot", "licence: Not required"}, nil},
		{all, "line cook vs cooking in zero g, which needs more training?", []string{"No guide for line cook", "culinary arts diploma", "takes 4-5 years"}, nil},
		// A kind of the job a guide keeps coming back to, with one more word
		// only that guide uses, is the guide's; alone it is a real job.
		{all, "florida vs alabama for galley cooks who fly, how does the pay compare?", []string{"$96,300", "$83,100"}, []string{"No guide"}},
		{all, "what do galley cooks earn?", []string{"No guide for galley cooks"}, []string{"$87,500"}},
		// A word of the section kind that is one part's whole heading asks
		// that part, unless another kind word is asked with it.
		{all, "what software do the galley cooks on stations use?", []string{"Software · Orbital Chef", "RehydroCalc"}, []string{"Centrifuge Oven"}},
		{all, "what tools and software do zero-g cooks use day to day?", []string{"Centrifuge Oven", "RehydroCalc"}, nil},
		{all, "what tools do zero-g cooks use, including software?", []string{"Vacuum Sous-Vide Pod", "RehydroCalc"}, nil},
		// Two states set side by side by "vs" are no two careers.
		{all, "lucid surveying in New York vs Illinois, what's the pay gap?", []string{"$121,700", "$101,200"}, []string{"Machine Learning Engineer"}},
		{all, "superposition gardening in Oregon vs Vermont, what's the difference in median pay?", []string{"$14,500"}, []string{"Machine Learning Engineer"}},
		// How many things the guide lists under one part's heading, and
		// two certificates' price difference, with what each covers.
		{all, "how many pieces of galley hardware does the guide list for cooking in orbit?", []string{"The guide lists 4 under Galley hardware", "Crumb Vortex Hood"}, []string{"Not in the guide"}},
		{shipped, "how many cloud platforms for ML does the guide name?", []string{"The guide lists 4 under Cloud platforms", "GCP Vertex AI"}, nil},
		{shipped, "how many interview rounds are there?", []string{"Not in the guide"}, []string{"The guide lists"}},
		{all, "REM Atlas Practitioner vs Nightmare Contour Analyst, price difference?", []string{"$170 less", "charting recurring dreams"}, nil},
		// The asker's own job weighed against the career ("would I make
		// more") has no guide; against the national median it is the
		// career's own figure.
		{all, "I'm a rural mail carrier, would I make more cooking in zero g?", []string{"No guide for mail carrier", "$87,500"}, nil},
		{shipped, "Brooklyn-based event planner here, if I retrained as an ML engineer would I make more in NY than the national median?", []string{"$170,000"}, []string{"No guide"}},
		// A line of work set by "vs" against a career told by its guide's
		// words; not the guide's own work told the same way.
		{all, "long haul trucking vs cooking in zero g, which has better job growth?", []string{"No guide for", "+9%"}, nil},
		{all, "zero-gravity cooking vs mapping people's dreams, which has the higher national median?", []string{"$87,500", "$98,600"}, []string{"No guide"}},
		{all, "ML engineering job outlook vs nursing? growth and openings", []string{"20,800"}, nil},
		{all, "Sleep techs vs people who survey dreams for a living: which has more openings per year?", []string{"No guide for sleep techs", "1,460"}, nil},
		{shipped, "for somebody choosing between data analyst and ML engineer, how much longer would the MLE route take?", []string{"No guide for data analyst", "5-8 years"}, nil},
		// Every state of a list set aside ("ignore HI and CA"), whatever
		// is asked; a state moved from is still weighed.
		{all, "Alabama vs Florida for zero-g cook pay — ignore HI and CA", []string{"$83,100", "$96,300"}, []string{"$104,900"}},
		{all, "dream mapping pay in California? leave out Nevada and Arizona", []string{"$98,600"}, []string{"$104,500", "$112,800"}},
		{shipped, "moving from new york to california as an mle next yr, how much of a pay bump does the data show?", []string{"$170,000", "$185,000"}, nil},
		// A place in a ranking, asked beside words that name the career.
		{all, "second priciest cert for lucid survey work?", []string{"REM Atlas Practitioner", "$355", "second most expensive"}, nil},
		{all, "runner-up state for people who survey dreamscapes?", []string{"Nevada pays the second most", "$112,800"}, nil},
		// A job's credential named by the job ("personal trainer
		// certification"); a guide's certificate is still the guide's.
		{shipped, "best personal trainer certification?", []string{"No guide for personal trainer"}, []string{"TensorFlow"}},
		{shipped, "what does the tensorflow developer certificate cost?", []string{"$100"}, []string{"No guide"}},
		{shipped, "are data analyst certs cheaper than the ML eng ones?", []string{"No guide for data analyst", "cost $100 to $300"}, nil},
		// Someone's job, weighed by "she out-earns" or "he makes more".
		{shipped, "My sister's a pilot and claims she out-earns ML engineers. True?", []string{"No guide for pilot", "$150,000"}, nil},
		{shipped, "my dad is a plumber and he makes more than ML engineers, right?", []string{"No guide for plumber"}, nil},
		{shipped, "my dad is a plumber and thinks ML is a fad, what's the job outlook?", []string{"+36%"}, []string{"No guide"}},
		// The ordinary kind of a worker named for a guide's thing, and a
		// clause about "the quantum kind" after a comparison.
		{all, "quantum gardener vs a normal greenhouse worker, how different is the pay?", []string{"No guide for greenhouse worker", "$72,400"}, nil},
		{all, "what do quantum gardeners in their greenhouse workshops earn?", []string{"$72,400"}, []string{"No guide"}},
		{all, "Horticulturist vs quantum gardener pay? Is the quantum kind worth the extra homework?", []string{"No guide for horticulturist", "$72,400"}, nil},
		// Jobs read where the words had hidden them: a firm's name that is
		// also the person's job before "job", a rep, "can I work as",
		// a slip in a job's name before "vs" or "requirements", and a field
		// after "grad school for".
		{shipped, "insurance underwriter job outlook? my company is piloting an AI underwriting tool", []string{"No guide for insurance underwriter"}, nil},
		{shipped, "customer service rep outlook? our call center just cut 40 seats after the chatbot rollout", []string{"No guide for customer service rep"}, []string{"+36%"}},
		{shipped, "can i work as a life coach without a certification? lots of my clients ask about coaching", []string{"No guide for coach"}, nil},
		{shipped, "I work as a nurse, can I switch to ML without a degree?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		{shipped, "data analist vs ML engineer, which pays more", []string{"No guide for data analyst", "$150,000"}, nil},
		{all, "flight atendant requirements?", []string{"No guide for flight attendant"}, nil},
		{shipped, "how long is grad school for speech language pathology?", []string{"No guide for pathology"}, []string{"Master"}},
		// Comparisons with jobs that have no guide: a ranking, "how it
		// compares", "both" of the schooling, a job trained for, and "or"
		// after "which" before a career told by its guide's words.
		{shipped, "rank MLE, DevOps engineer and SRE by openings per year", []string{"No guide for devops engineer", "devops engineer or reliability engineer", "20,800"}, nil},
		{shipped, "data scientist salary, and list how it compares to MLE", []string{"No guide for data scientist", "$150,000"}, nil},
		{all, "psychologist vs dream cartographer — education requirements, list both", []string{"No guide for psychologist", "oneirography"}, nil},
		{shipped, "I am torn between training as an actuary and becoming an ML engineer. Which has the higher median salary?", []string{"No guide for actuary", "$150,000"}, nil},
		{all, "which has faster job growth, nursing or mapping dreams?", []string{"No guide for nurse"}, []string{"Job outlook"}},
		{all, "which is harder, cooking or baking in orbit?", []string{"Orbital Chef"}, []string{"No guide"}},
		// Words spelt as they sound, whatever their first letter: the
		// careers' names, long words of what is asked, the guides' own
		// names for things; not places, employers or a word with an ending.
		{shipped, "what sertifications should i get for masheen lerning engineering", []string{"Certifications"}, []string{"No guide"}},
		{all, "lowest paying state for onirografy jobs", []string{"Illinois"}, []string{"No guide"}},
		{all, "what is a heisenburg pruner", []string{"Heisenberg Pruner"}, []string{"No guide"}},
		{shipped, "nvidia ml engineer salary", []string{"$150,000"}, []string{"Nevada"}},
		{all, "I'm choosing between two offers for tending entangled crops in Austin or Eugene. What are the Texas and Oregon medians for this job?", []string{"$79,900", "$84,300"}, nil},
		// A piece that asks only how the last part's answer is laid out
		// ("rank all four by headcount", "every category") stays with it;
		// "category" alone beside a section asked is no question of sources.
		{all, "which state employs the most zero-g cooks? rank all four by headcount", []string{"Florida employs the most", "Hawaii (HI)"}, []string{"Not in the guide"}},
		{all, "Tools for surveying dreams — list all of them, every category.", []string{"DreamGIS", "Wake Anchor"}, []string{"SOC code"}},
		{all, "what do orbital chefs make? list all the certs", []string{"$87,500", "Zero-G Pastry Endorsement"}, nil},
		{all, "what SOC category are dream cartographers in?", []string{"SOC code"}, nil},
		// The job a firm "is hiring" (not the guide's own people it hires),
		// a field as a guide qualifies its practitioner, two verbs of one
		// doer, and a sentence before "asking as a …" that has its own
		// "like".
		{shipped, "SpaceX is hiring avionics technicians at Starbase. what do they earn?", []string{"No guide for avionics technicians"}, []string{"$150,000"}},
		{all, "my buddy says space stations are hiring cooks. what's the pay in florida?", []string{"$96,300"}, []string{"No guide"}},
		{all, "Good afternoon, what is the median pay for superposition horticulture in Vermont?", []string{"$69,800"}, []string{"No guide"}},
		{all, "horticulture pay in Oregon?", []string{"No guide for horticulture"}, []string{"$84,300"}},
		{all, "what do people who build and deploy AI models make, median?", []string{"$150,000"}, []string{"No guide"}},
		{all, "greenhouse with qubits — what's the pay like? asking as an addiction counselor who runs our horticulture therapy group", []string{"$72,400"}, []string{"No guide"}},
		// Two parts of a section named by their headings get the section
		// whole; one part, that part. A job said to be "on earth" is the
		// plain kind.
		{all, "full list of galley hardware and software for cooking in orbit pls", []string{"Centrifuge Oven", "RehydroCalc"}, nil},
		{all, "skills for cooking on a space station, technical + soft, bulleted", []string{"Fluid physics", "Teamwork"}, nil},
		{all, "what software do orbital chefs use?", []string{"RehydroCalc"}, []string{"Centrifuge Oven"}},
		{all, "my son is a chef at an italian restaurant (on earth lol). what's his typical pay?", []string{"No guide for chef"}, []string{"$87,500"}},
		{all, "de combien les chefs orbitaux assaisonnent-ils plus fort que sur Terre ?", []string{"Orbital Chef"}, []string{"No guide"}},
		// A sentence or piece after a ranking that asks for all of it.
		{shipped, "Which state pays ML engineers the most? Give me the full ranking, not just the winner.", []string{"California pays the most", "New York (NY): median $170,000"}, nil},
		{shipped, "fewest MLEs employed — which state? also give me the headcount for all four", []string{"Massachusetts employs the fewest", "Washington (WA): median $175,000, 8,000 employed"}, nil},
		// "vs" sets a job with no guide against the career, the career's
		// side found on its side with one guide too; a clause asking of
		// the career by its own head ("a machine learning engineer") is
		// the guide's side alone. "Could you please outline" bids, it is
		// no topic.
		{shipped, "Dear team, MLE vs data scientist: which has stronger job growth? Kind regards.", []string{"No guide for data scientist", "+36%"}, nil},
		{shipped, "MLE vs regular SWE pay... how much does a machine learning engineer make, like bottom to top of the range?", []string{"$120,000", "$300,000"}, []string{"can't compare"}},
		{all, "where are most of the station galley cooks employed? vs where most cruise ship cooks are", []string{"Florida"}, []string{"No guide"}},
		{shipped, "Dear team, could you please outline the steps from complete beginner to working ML engineer, with how long each one takes?", []string{"The path into the role"}, []string{"Not in the guide"}},
		// An adverb typed wrong is how it is said, not what is asked.
		{shipped, "what is a machine lerning enjineer basicly? explain like im 5", []string{"What a machine learning engineer does"}, []string{"can't answer"}},
		// A sentence after the question that says what the asker is after,
		// asking nothing new, is its context; a job one lives "on a …
		// budget" is the asker's.
		{all, "lowest paying state for dream cartography in the table? need the floor in case it's the only option after the robots take my job", []string{"Illinois pays the least"}, []string{"Your questions"}},
		{all, "how much is the pastry endorsement for baking in the centrifuge oven? is it worth it on a line cook's budget", []string{"$240"}, []string{"No guide"}},
		// People named by a field no guide speaks of, and a job's short
		// name after its two words.
		{shipped, "what certs do cybersecurity ppl need", []string{"No guide for cybersecurity people"}, []string{"$300"}},
		{all, "who earns the most among people who map dreams?", []string{"Dream Cartographer"}, []string{"No guide"}},
		{shipped, "full stack dev salary in NYC", []string{"No guide for full stack dev"}, []string{"$170,000"}},
		{all, "my two kids are arguing about careers, one wants machine learning and the other wants to cook for space station crews. in california, which pays more, and what's each one's median?", []string{"$185,000", "$104,900"}, nil},
		{shipped, "how do I get into actuarial work, exams?", []string{"No guide for actuarial work"}, []string{"AWS"}},
		{shipped, "which is quicker to get into, ML engineering or actuarial work?", []string{"No guide for actuarial work"}, nil},
		{shipped, "what does the technical side of ML look like?", nil, []string{"No guide"}},
		{all, "nursery worker vs quantum gardener, which one needs a permit?", []string{"No guide for nursery worker", "can't compare"}, nil},
		{shipped, "born in 1994, 3.1 GPA, about 60k in student loans. whats the median salary for an ML engineer these days?", []string{"$150,000"}, []string{"pay in 1994"}},
		{shipped, "class of 2019 here, what's the ML engineer median?", []string{"$150,000"}, []string{"pay in 2019"}},
		{shipped, "Suppose I'd become an ML engineer back in 2015. What was the median salary then?", []string{"pay in 2015"}, nil},
		{all, "how long does it take to become someone who cooks for astronauts on a station?", []string{"Orbital Chef"}, []string{"No guide for astronauts"}},
		{shipped, "Is California or Washington bigger for ML jobs, in terms of how many people are employed?", []string{"25,000", "8,000"}, []string{"No guide for terms"}},
		{shipped, "cool, what about California?", []string{"$185,000"}, []string{"Hi! I'm careerbot"}},
		{shipped, "and the priciest one?", []string{"AWS Machine Learning Specialty", "$300"}, nil},
		{shipped, "what's the cheapest one?", []string{"TensorFlow Developer Certificate", "$100"}, nil},
		{shipped, "3 qs: median pay, how long it takes, and do I need certs? born 1989, 10 yrs in HVAC", []string{"$150,000", "5-8 years"}, []string{"No guide"}},
		{shipped, "what do welders make after 10 years in welding?", []string{"No guide for welders"}, []string{"$150,000"}},
		{shipped, "dental hygienist in Boston vs ML engineer in Boston, who earns more? my wife does the first one, 9 yrs now", []string{"No guide for dental hygienist", "$165,000"}, nil},
		{shipped, "ATC vs ML engineer pay in California? I could transfer to a facility out there", []string{"No guide for ATC", "$185,000"}, nil},
		{all, "my aunt is a nurse in NY. does she make more than a dream cartographer there? what's the gap", []string{"No guide for nurse", "$121,700"}, []string{"$170,000"}},
		{all, "My daughter's a nurse. Would she earn more as an ML engineer than she does now?", []string{"No guide for nurse", "$150,000"}, nil},
		{all, "I'm a sous chef on a cruise ship. How does my pay compare with an orbital chef's?", []string{"No guide for sous chef", "$87,500"}, nil},
		{all, "my sister is a nurse. what certs would she need to become an orbital chef?", []string{"Microgravity"}, []string{"No guide"}},
		{all, "Greenhouse horticulturist vs quantum gardener: which pays better? I'm a regular grower at 44k and the qubit side keeps recruiting me.", []string{"No guide for greenhouse horticulturist", "$72,400"}, nil},
		{all, "GIS cartographer (real maps, not dreams) vs the dream mapping median — which pays more?", []string{"No guide for GIS cartographer", "$98,600"}, nil},
		{all, "qubit greenhouse work vs regular landscaping, which pays better?", []string{"No guide for regular landscaping", "$72,400"}, []string{"$150,000"}},
		{all, "my daughter's choosing between quantum gardening and being a normal landscaper. which pays better?", []string{"No guide for landscaper"}, nil},
		{all, "quantum gardening in Oregon vs Vermont, which pays more?", []string{"$84,300", "$69,800"}, []string{"No guide"}},
		{all, "orbital chef vs quantum gardener, which pays more?", []string{"$87,500", "$72,400"}, []string{"No guide"}},
		{all, "food scientist: what degree do I need to work on packaged foods?", []string{"No guide for food scientist"}, []string{"Education"}},
		{all, "posting: 'associate degree or equivalent' for a seedling-in-superposition role. what education does the guide list?", []string{"quantum horticulture"}, []string{"No guide"}},
		{shipped, "my coworker wants to know the salary for a data engineer, she said its basically the same as ML eng? idk", []string{"No guide for data engineer"}, []string{"$150,000"}},
		{shipped, "cheaper cert: CompTIA Security+ or CySA+?", []string{"No guide for work that takes the CompTIA Security+"}, []string{"TensorFlow"}},
		{shipped, "cheapest ML cert? comparing to the A+ cert I got for help desk", []string{"TensorFlow Developer Certificate"}, []string{"No guide"}},
		{shipped, "is C++ needed for ML engineers?", nil, []string{"No guide"}},
		{shipped, "what does speech-language pathology involve day to day", []string{"No guide for pathology"}, []string{"Morning"}},
		{shipped, "ex-teacher here w/ a physics BSc, do i need a masters for ML engineering?", []string{"master"}, []string{"No guide"}},
		{shipped, "how has ML engineer pay changed since 2019?", []string{"pay in 2019"}, nil},
		{shipped, "did 4 years in the army Security+ included, is the AWS ML cert worth it for ML engineers?", nil, []string{"No guide"}},
		{shipped, "how do I get my A&P license and how long does it take", []string{"No guide for work that takes the A&P"}, []string{"5-8 years"}},
		{all, "wedding planner vs dream cartographer, which one earns more?", []string{"No guide for wedding planner", "$98,600"}, nil},
		{all, "Sleep consultant or orbital chef, which has better growth?", []string{"No guide for sleep consultant", "+9%"}, []string{"Job outlook"}},
		{shipped, "who earns more, an ML engineer or a software engineer?", []string{"No guide for software engineer", "$150,000"}, nil},
		{all, "orbital chef or quantum gardener, which pays more?", []string{"Orbital Chef pays more"}, []string{"No guide"}},
		{shipped, "AWS or Google cert, which is cheaper?", []string{"Google Professional ML Engineer is cheaper"}, []string{"No guide"}},
		{shipped, "What's the job outlook for science communicators? That's my actual job, asking for myself.", []string{"No guide for science communicators"}, []string{"myself"}},
		{shipped, "how do I get started as a solar installer", []string{"No guide for solar installer"}, nil},
		{shipped, "How long does it take to qualify as a counsellor compared with becoming an ML engineer?", []string{"No guide for counsellor", "5-8 years"}, nil},
		{all, "how long does it take to become a dream mapper vs a regular cartographer?", []string{"6-7 years"}, []string{"No guide"}},
		{shipped, "how much do ML engineers make? wait sorry wrong question, I meant: how much do dental hygienists make in Ohio", []string{"No guide for dental hygienists"}, []string{"$150,000"}},
		{shipped, "web dev vs MLE, which pays more? actually just tell me web developer pay, forget the MLE part", []string{"No guide for web developer"}, nil},
		{all, "What's the Zero-G Pastry Endorsement for... actually never mind that, which cert is cheapest for the orbital cook path", []string{"cheapest"}, []string{"No guide"}},
		{shipped, "What do ML engineers make? Actually, also what certs?", []string{"$150,000", "AWS"}, nil},
		{shipped, "whats the low end of ML eng pay... nvm, what's the top end", []string{"300,000"}, nil},
		{shipped, "Hotels got wrecked in 2020 and I don't want to pick a shaky field again. What's the job outlook for ML engineers over the next decade?", []string{"+36%"}, []string{"Not in the guide"}},
		{shipped, "in hospitality everyone gets ServSafe first. what certs should an ML engineer get?", nil, []string{"Not in the guide"}},
		{shipped, "CompTIA A+ exam cost for ML engineers?", []string{"Not in the guide: the CompTIA"}, nil},
		{shipped, "jax vs pytorch?? what does the guide say about each — 'Research Engineer, Scaling (Contract)'", []string{"JAX"}, []string{"No guide"}},
		{shipped, "Outlook question: growth %, how many years, and the median. title 'Econ Research Assistant (Temp)'", []string{"+36%"}, []string{"No guide"}},
		{shipped, "what does the guide mean by 'production ML'", []string{"production"}, []string{"No guide"}},
		{all, "aquaculture tech vs entangled orchard work, which is growing faster", []string{"No guide for aquaculture tech", "+14%"}, nil},
		{all, "greenhouse with qubits: which cert is cheapest, the orchard steward one or the blight specialist?", []string{"$125"}, []string{"No guide"}},
		{all, "is being a youtuber better paid than dream cartography?", []string{"No guide for youtuber"}, nil},
		{shipped, "I run a science channel on YouTube. What do full-time science YouTubers earn on average?", []string{"No guide for youtubers"}, []string{"$150,000"}},
		{all, "how do I become a dreamscaper", nil, []string{"No guide"}},
		{shipped, "what's the ML median in CA? actually, how does that compare to WA?", []string{"$185,000", "$175,000"}, nil},
		{all, "Interview for a chef job in orbit: what's the practical test?", []string{"Practical test"}, []string{"No guide"}},
		{all, "a chef job in a hotel, what's the pay?", []string{"No guide for chef"}, nil},
		{all, "interview practical for grafting entangled seedlings: what's the time limit?", []string{"20 minutes"}, []string{"Not in the guide"}},
		{all, "lowest paying state for feeding astronauts in orbit?", []string{"Alabama"}, []string{"No guide"}},
		{shipped, "Can I make a career out of Reiki? Any certification needed?", []string{"No guide for reiki"}, []string{"AWS"}},
		{shipped, "How do I get trained in EMDR as a licensed therapist?", []string{"No guide for emdr"}, []string{"License"}},
		{shipped, "where can I get trained in PyTorch?", []string{"PyTorch"}, []string{"No guide"}},
		// Items cut by a spaced dash, a dash opening the line; a told item's job is not asked
		{shipped, "stats pls: - MLE sal CA rn - certs needed y/n - time to get there", []string{"$185,000", "no certification is a requirement", "5-8 years"}, []string{"Not in the guide"}},
		{shipped, "my aunt's a school nurse and thinks ML is hype. - what's the growth figure - and median pay", []string{"+36%", "$150,000"}, []string{"No guide for"}},
		// Where a repeated claim was heard, and a word calling it a rumour, are no topic the guide lacks
		{shipped, "saw a video claiming ML engineers make 150k median, legit?", []string{"$150,000"}, []string{"Not in the guide"}},
		{all, "heard space station cooks in florida get 96k, rumour or real?", []string{"$96,300"}, []string{"Not in the guide"}},
		// A living asked of a job is that job's, not the asker's own
		{shipped, "could someone make a living as a podcast editor?", []string{"No guide for podcast editor"}, []string{"$150,000"}},
		{all, "can you earn money as a tarot reader?", []string{"No guide for tarot reader"}, []string{"$98,600"}},
		// "deciding between X and Y": a field with no guide, weighed against a guide's work
		{all, "my cousin is choosing between physiotherapy and mapping dreams. which pays more?", []string{"No guide for physiotherapy", "$98,600"}, []string{"$150,000"}},
		{all, "torn between offers in boston and nyc for ML roles. which state has the higher median?", []string{"$170,000"}, []string{"No guide"}},
		// "which one needs a master's?" weighs schooling across the sides
		{shipped, "ETL developer or ML engineer, which one requires a degree?", []string{"No guide for ETL developer", "master's or a PhD"}, nil},
		// A word of rank before a doer's name is no job of its own
		{all, "how long does it take to become a pro dreamscape mapper?", []string{"6-7 years"}, []string{"No guide"}},
		{all, "flight attendant pros and cons?", []string{"No guide for flight attendant"}, nil},
		// A credential named for its likeness is no job asked about
		{shipped, "is there a license like the CPA for this?", []string{"Not required"}, []string{"No guide for CPA"}},
		// A question pointing back at work told before it: the guide whose own words tell it
		{all, "my nephew wants to cook for astronauts someday. what does that kind of work pay?", []string{"$87,500"}, []string{"No guide"}},
		// A bare request or "is that normal?" after a told claim asks about the claim
		{all, "my cousin grafts superposition seedlings and says 40% of her shift is shielding beds from people looking. is that normal?", []string{"40%"}, []string{"I can't answer that one"}},
		{all, "My son asked why space station galleys use liquid salt and pepper and I didn't know. Can you explain?", []string{"float"}, []string{"I can't answer that one"}},
		// The employers of a career are who hires for it, not a job asked about
		{all, "do orbital chef employers pay relocation?", []string{"Not in the guide: relocation"}, []string{"No guide for"}},
		// An unknown word set against a career by "or", with "which", as by "vs"
		{all, "CSCS or orbital chef, which takes longer to train for?", []string{"No guide for CSCS", "4-5 years"}, nil},
		// "the same as" weighs a job with no guide against the career
		{shipped, "business analyst median pay? is it the same as ML eng", []string{"No guide for business analyst", "$150,000"}, nil},
		{shipped, "is a data engineer paid the same as an ML engineer?", []string{"No guide for data engineer", "$150,000"}, nil},
		// A rank that is a job itself, before a short head
		{shipped, "master tech pay in washington?", []string{"No guide for master tech"}, []string{"$175,000"}},
		// What someone in the asker's life does is no extra of the pay the guide lacks
		{shipped, "would contributing to github projects help my nephew land an ML job?", []string{"Portfolio"}, []string{"Not in the guide"}},
		// "<job> question:" before a question in one guide's own words labels who asks
		{all, "Pharmacist question: when you cook for a crew on a space station, why are salt and pepper liquid?", []string{"Orbital Chef"}, []string{"No guide for"}},
		{all, "Speech therapy question: what do school SLPs make?", []string{"No guide for"}, nil},
		// A linking verb says how a figure strikes the asker, not a topic
		{shipped, "someone said Boston ML jobs pay 40% over national. seems high, what's the real % for Massachusetts?", []string{"+10%"}, []string{"Not in the guide"}},
		// A question's infinitive cut off by its mark is still the question's
		{all, "is a permit required?? to tend a greenhouse where crops stay in superposition", []string{"Quantum Gardener"}, []string{"Which career?"}},
		// Items lettered a) b) c) are a list; a question left open before it is finished by each item
		{all, "space chef certs: a) the required one b) its price", []string{"Microgravity Food Safety Certificate", "$520"}, nil},
		{all, "In Florida, what's the median for a) orbital chefs b) ML engineers", []string{"$96,300", "no figure for Florida"}, []string{"$185,000"}},
		{all, "Florida: 1) orbital chef median 2) median for surveying shared dreamscapes", []string{"$96,300", "Dream Cartographer salary"}, nil},
		// "lays out" reads as "outlines" (the shorthand table), no topic of one guide's ("Lay CS and math foundations")
		{all, "I'm a line cook. want to cook for astronauts someday. what's left for me in the path your guide lays out?", []string{"Orbital Chef"}, []string{"Machine Learning Engineer"}},
		// Careers listed after a lead-in's colon are each ranked
		{all, "rank these for pay: cooking in zero g, greenhouse with qubits, mapping dreams", []string{"$98,600", "$87,500", "$72,400"}, nil},
		// Jobs listed after a colon to be ranked with a career are jobs, the last one too (no "…, mate")
		{shipped, "rank these for pay: actuary, ML engineer, pharmacist", []string{"No guide for actuary", "pharmacist", "$150,000"}, nil},
		{shipped, "What's the median salary for ML engineers in Sydney, Australia, mate?", []string{"$150,000"}, []string{"No guide"}},
		// The asker's story after the question does not make the job asked a guide's
		{all, "horticulturist salary in Oregon? plant biology RA at OSU", []string{"No guide for horticulturist"}, []string{"$84,300"}},
		// "slower" weighs the time the way in takes, as "longer" does
		{shipped, "is a pilot slower to become than an mle?? like years wise", []string{"No guide for pilot", "5-8 years"}, nil},
		// "actual maps" after the job says the plain kind of it, as "real" does
		{all, "how do i become a cartographer, like actual maps of real places", []string{"No guide for cartographer"}, []string{"oneirography"}},
		// "how much harder": a comparative WordNet lacks asks by how much, as "how much stronger" does
		{all, "how much harder do u have to season food up in orbit", []string{"30%"}, nil},
		// What "how often" asks of outweighs the words of who and where
		{all, "PMP thinking logistics: how often does resupply come for the crew's kitchen in orbit?", []string{"90 days"}, []string{"three times a day"}},
		{all, "how often does the galley get resupplied on the station", []string{"90 days"}, []string{"three times a day"}},
		// "personality wise" asks who the job suits (not "my whole personality")
		{shipped, "who is mle actually for, like personality wise", []string{"Who it suits"}, []string{"nothing on"}},
		// A goal negated is no goal, and a wish not to do something negates no kind of job told after the question
		{shipped, "What are the hardest parts of the job? I'm 47, burned out after 22 years in banking, and I don't want to trade one grind for another.", []string{"Challenges"}, []string{"No guide"}},
		// An item of the one guide's lists asked, then the asker's job told after the question
		{shipped, "what's kubeflow for? my company runs k8s and i'm a devops eng at 130k", []string{"Kubeflow", "Kubernetes"}, []string{"No guide"}},
		// Work a message opens with ends with its sentence, or before a verb saying how it strikes the asker
		{all, "drafter, 15 yrs of plan sets. mapping other people's dreams sounds wild. what's the pay range?", []string{"$61,200"}, []string{"No guide"}},
		// "$250 max", "a budget of $300": at most that figure, and "budget" no topic the guide lacks
		{shipped, "broke student, I can spend like $250 max on one cert. which ML ones fit that budget?", []string{"at or under $250", "TensorFlow Developer"}, []string{"nothing on", "AWS Machine Learning Specialty"}},
		// "zero certs": none of them, no topic
		{shipped, "would you hire an ML engineer with zero certs? are they even required?", []string{"helpful rather than required"}, []string{"nothing on"}},
		// With one guide, a licence asked of no one else, then a job told as the reason, is the guide's licence
		{shipped, "Is a license required? Plumbers need one in every state so I figured", []string{"No license is required"}, []string{"No guide"}},
		{shipped, "Is accounting a good major for making money? I'm a freshman and my parents are both accountants so there's a lot of pressure.", []string{"No guide"}, []string{"$150,000"}},
		// "close enough to", "similar to", "comparable to": pay set against the career
		{shipped, "DevOps engineer median pay? close enough to ML engineer right?", []string{"No guide for devops engineer"}, nil},
		// "lay out" is "outline": the whole path, not the step named "Lay CS and math foundations"
		{shipped, "lay out the steps to become a machine learning engineer for me, in order", []string{"The path into the role", "Step 4"}, nil},
		// A common verb only one guide happens to use ("puts") does not outweigh a topic word only another uses
		{all, "Which credential puts you near the top of the pay range in superposition growing?", []string{"Quantum Gardener"}, []string{"Machine Learning Engineer"}},
		// With no question mark, a short remark after the sentence that asks, or an aside in brackets at the end, signs with the asker's job
		{shipped, "what is jax and who makes it. sorry, lifeguard, new to all this", []string{"JAX"}, []string{"No guide"}},
		{shipped, "TF dev cert - what's it prove and how much $$ (lifeguard pay is not great lol)", []string{"$100"}, []string{"No guide"}},
		{shipped, "what deep learning stuff do they expect u to know. asking from the guard shack at 3am", []string{"Technical skills"}, []string{"No guide"}},
		{shipped, "what certs should a sr. data scientist get", []string{"No guide"}, []string{"$300"}},
		// "the Washington figure … higher than New York's": two states' pay set against each other
		{shipped, "is the Washington figure for MLE higher than New York's?", []string{"Washington pays more than New York", "$175,000", "$170,000"}, []string{"can't answer"}},
		// One state's median above the national one by more than a share: that state's figure, weighed
		{shipped, "Boston MLE median — does Massachusetts beat the national number by more than 10%?", []string{"No: Massachusetts's median, $165,000, is 10% above"}, []string{"$185,000"}},
		{shipped, "is NY more than 10% above the national median for ML engineers?", []string{"Yes: New York's median, $170,000, is 13.3% above"}, nil},
		// "more ppl … in Illinois than in Nevada": the two states' counts employed
		{all, "do more ppl map dreams for a living in Illinois than in Nevada?", []string{"Illinois employs more than Nevada", "1,530", "1,240"}, nil},
		// After "become a", a noun of a doer's form WordNet knows only as a thing ("applicator") names a job no guide has
		{shipped, "what certification do I need to be a licensed pesticide applicator", []string{"No guide for pesticide applicator"}, []string{"License for a machine learning engineer"}},
		// A tail of up to twelve words signing with the asker's job
		{shipped, "Jersey ML salary? EMT in Newark, commuting to the city isn't an option", []string{"no figure for New Jersey"}, []string{"No guide"}},
		// A question of work no guide covers, then only who the asker and their family are (a career among them)
		{all, "how many actuarial exams are there? im a claims adjuster, my wife's an MLE, my sister maps dreams", []string{"No guide for work that takes the actuarial exams"}, []string{"Certifications"}},
		// A guide's career named right after "not" is set aside, though it is the only one named (nor a certificate's words)
		{all, "NY pay for surveying shared dreamscapes? not the ML engineer number", []string{"Dream Cartographer salary in New York", "121,700"}, []string{"170,000"}},
		{all, "NY pay for dream cartographers? not the ML engineer number", []string{"Dream Cartographer salary in New York"}, []string{"170,000"}},
		// (and "not" before other words names no career set aside)
		{all, "I'm in Austin, Texas and my whole family is here so I'm not leaving. What do quantum gardeners make in Texas?", []string{"Quantum Gardener"}, nil},
		// Why a state's figure is what it is, beside a question of the figure itself: the figure, and that the guide gives no reasons
		{shipped, "what does an ML engineer make in Boston? why is Mass at the bottom of the list", []string{"165,000", "not the reasons they differ"}, []string{"Not in the guide"}},
		{all, "arizona vs nevada for surveying dreams, which pays more and why", []string{"104,500", "112,800", "not the reasons they differ"}, nil},
		// (the why alone is still said to be missing)
		{shipped, "why is Mass at the bottom of the list for ML engineers?", []string{"nothing on why the figures differ"}, []string{"165,000"}},
		// "how come" asks why: "come" is no word of a job's name
		{all, "how come cooks on long-duration stations get paid more than others?", []string{"Orbital Chef", "isolation bonus"}, []string{"No guide for come cooks"}},
		// "quick one from a …:" opens with who asks, not the job asked about
		{all, "quick one from a stats tutor: what do machine learning engineers make in WA vs MA?", []string{"175,000", "165,000"}, []string{"No guide"}},
		{all, "question from a nurse: what do dental hygienists make in Ohio?", []string{"No guide for dental hygienists"}, nil},
		// The asker's own benefit, weighed against a figure asked of a career named
		{shipped, "NYC ML eng pay — is it worth giving up my teaching pension for?", []string{"170,000"}, nil},
		// With no question mark, a sentence opening with a question word is what asks; the story before it is context
		{shipped, "thinking about leaving the utility for an ML job in the Bay Area. whats the median out there for ML engineers", []string{"185,000"}, []string{"Not in the guide"}},
		// (but a name no dictionary has, told before it, may be what is asked of)
		{all, "just passed the NCLEX!!! what should i expect to make my first year", []string{"nclex"}, []string{"Machine Learning Engineer"}},
		{all, "I'm ServSafe certified. what else do I need to run a restaurant kitchen", []string{"Not in the guides"}, nil},
		// What part of the day a task takes, asked as a "chunk" or "slice"
		{all, "what chunk of the day goes to shielding beds from observation?", []string{"40%"}, []string{"Not in the guide"}},
		// An extra set aside ("not counting the isolation bonus") is not asked
		{all, "how much do ppl who cook in zero g make, not counting the isolation bonus?", []string{"87,500"}, []string{"Not in the guide"}},
		// A kind said not to be meant lacks nothing
		{shipped, "What does a typical day look like for someone who trains neural nets for a living (not the classroom kind of training lol)?", []string{"80%"}, []string{"Not in the guide"}},
		// An adjective after "sound"/"seem" is how a thing strikes the asker, no job ("lovely")
		{all, "I'm 58 and want something meaningful before I fully retire. Entangled orchards sound lovely. What kind of schooling does that take?", []string{"associate degree"}, []string{"No guide for lovely"}},
		// A data source whose name has a comma inside brackets is cut outside them
		{all, "how much do space cooks make?", []string{"(Invented figures for testing (test fixture, not survey data), 2025)"}, nil},
		// A job named before "career switch from …" is where the switch goes, not the asker's own
		{shipped, "UX designer career switch from teaching: how long does it usually take?", []string{"No guide for UX designer"}, []string{"5-8 years"}},
		// "it" in a later part is the thing the part before asked, of no guide's world
		{shipped, "hazmat endorsement cost + how long does it take", []string{"nothing on hazmat"}, []string{"5-8 years"}},
		// (but a point of the guide's own, asked in other words, is answered)
		{all, "Is there an internship-style stage in becoming a dream cartographer, and how long is it?", []string{"18"}, nil},
		// A philosopher's kind of work is an occupation (WordNet: ethicist → philosopher), named as typed ("AI", not "intelligence")
		{shipped, "what's the job outlook for AI ethicists? coworker claims it's the fastest growing job in tech", []string{"No guide for AI ethicists"}, []string{"36%"}},
		{shipped, "what do AI researchers make?", []string{"No guide for AI researchers"}, []string{"intelligence researchers"}},
		// A place set aside by its nickname or city ("not counting the Bay Area") leaves the state asked alone
		{all, "deploying models in Seattle, what's the median? not counting the Bay Area", []string{"175,000"}, []string{"185,000"}},
		// (but where a move starts from is a side of the comparison)
		{shipped, "thinking of moving from NYC to SF as an MLE... how much higher is the median over there?", []string{"170,000", "185,000"}, nil},
		// How long from one place in life to another is the whole way in
		{all, "how many years does it take to go from nothing to cooking on a station in orbit", []string{"4-5 years"}, []string{"Challenges"}},
		// A job with no guide set against a guide's on schooling: the guide's side gives its schooling and the whole path's length
		{shipped, "ML engineer vs civil engineer, which needs more school? I'm leaning civil unless MLE is way shorter", []string{"No guide for civil engineer", "5-8 years"}, nil},
		// Work described with a guide's name word typed short ("AI", spelled out as "artificial intelligence") is that guide's
		{all, "how much do the people who build AI models make, median?", []string{"Machine Learning Engineer salary", "150,000"}, []string{"No guide"}},
		{all, "do people who build AI systems need a license?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		// The verb a "what … do X <verb>" question asks with names no job ("power")
		{shipped, "what kinds of products do ML systems power, according to the overview", []string{"recommendation"}, []string{"No guide for systems power"}},
		{shipped, "what do I need to become a plumber", []string{"No guide for plumber"}, nil},
		// "I can't stop thinking about it" tells no work of the asker's (a modal, no verb of work); a new subject after "and" ends a description
		{all, "A friend sent me a link about people who chart other people's dreams for sleep clinics and I can't stop thinking about it. What's the median pay for that kind of work?", []string{"98,600"}, []string{"No guide"}},
		// A guide's workers placed with an article before the place ("cooks on the long-duration stations")
		{all, "do cooks on the long-duration stations get paid extra?", []string{"Orbital Chef"}, []string{"No guide for cooks"}},
		// What the job is made of: its tasks ("modeling", "plumbing") are no line of work
		{shipped, "how much of the job is actually modeling vs data pipelines? ppl at meetups keep saying it's mostly plumbing", []string{"80%"}, []string{"No guide"}},
		{shipped, "how much of a nurse's day is charting?", []string{"No guide for nurse"}, nil},
		// A guide's worker told by a "whose" clause in that guide's own words
		{all, "how long to become one of those gardeners whose plants are in two states at once?", []string{"Quantum Gardener"}, []string{"No guide for gardeners"}},
		// "time wise" weighs two jobs by time: with a job no guide covers, refused with the guide's side
		{shipped, "is ml engineering harder to get into than actuary work like time wise", []string{"No guide for actuary", "5-8 years"}, []string{"Step 1"}},
		// A field set against a guide's career on a figure or on time is a line of work no guide covers
		{shipped, "inside sales or ML engineering, which is growing faster?", []string{"No guide for inside sales", "36%"}, nil},
		{shipped, "Is instructional design or ML engineering the faster switch out of teaching, time-wise?", []string{"No guide for instructional design"}, nil},
		// (not a thing of the guide's, nor its own work, nor anything but a figure or time)
		{shipped, "which programming language should I learn first for ML engineering, python or java?", []string{"Python"}, []string{"No guide"}},
		{shipped, "Do ML engineers spend more time twiddling hyperparameters or wrangling data? Give it to me straight, no sugarcoating.", []string{"data"}, []string{"No guide"}},
		{shipped, "quick ones abt MLE: 1) median sal? 2) which state pays the most 3) do i need a masters or nah", []string{"150,000", "California"}, []string{"No guide for nah"}},
		// How many things a guide lists is counted from its own lists, with the items
		{shipped, "how many cloud platforms are listed for ML engineers, name them", []string{"lists 4 under Cloud platforms", "Vertex AI"}, []string{"no such count"}},
		{shipped, "how many tool categories are in the ML guide", []string{"4 parts", "Infrastructure (4)"}, nil},
		{shipped, "how many technical skills vs soft skills are listed for MLE?", []string{"lists 4 under Technical skills", "lists 3 under Soft skills"}, nil},
		{shipped, "how many portfolio ideas for ML eng", []string{"lists 6 under Portfolio ideas"}, []string{"no such count"}},
		{shipped, "How many certs does the ML engineer guide recommend and what's the price range?", []string{"4", "$100", "$300"}, []string{"How many:"}},
		{all, "total number of tools for lucid dream surveying?", []string{"lists 7 under Tools and technologies", "Safety gear (2)"}, nil},
		{all, "how many meeting types for superposition growers? list em", []string{"lists 3 under Common meetings", "blight watch briefings"}, nil},
		// (not the state table's counts, a percentage, or a count of an exam's questions no list holds)
		{shipped, "how many people work building production ml systems in new york", []string{"12,000"}, []string{"How many:"}},
		{shipped, "washington state ML engineers earn how many percent more than national median?", []string{"17%"}, []string{"How many:"}},
		{all, "How many questions are on the quantum greenhouse operator permit exam?", []string{"nothing on"}, []string{"Common questions"}},
		{shipped, "how many pieces of safety gear does an ML engineer use", nil, []string{"How many:"}},
		// A job worked in a supposed clause, pay "like" for a job, a short job name set against the career, a job "practicing"
		{shipped, "if I moved to Texas and worked as a welder, what's typical pay?", []string{"No guide for welder"}, []string{"150,000"}},
		{shipped, "whats the pay like for a roughneck", []string{"No guide for roughneck"}, []string{"150,000"}},
		{shipped, "is mle or web dev better paid in nyc", []string{"No guide for web dev", "170,000"}, nil},
		{shipped, "what if I just go to law school, how long until I'm a practicing lawyer?", []string{"No guide for practicing lawyer"}, []string{"5-8 years"}},
		{all, "pay range for cooking in zero g, low end to high end? I've been a touring caterer and I'm curious", []string{"58,900"}, []string{"No guide"}},
		{shipped, "what should my github projects include to impress ML hiring managers", []string{"benchmark"}, []string{"No guide"}},
		// A role WordNet files as a job, set against a career (a place between); "instead of" the work, not a credential
		{all, "recruiter in NY vs dream mapper in NY, salary?", []string{"No guide for recruiter", "121,700"}, nil},
		{all, "if I became a regular line cook instead of cooking in orbit, which pays more?", []string{"No guide for line cook", "87,500"}, []string{"Without a certification"}},
		{all, "can I cook in orbit instead of a certification route?", nil, []string{"No guide"}},
		// "X or Y, which …?": a job with no guide set against a guide's work told in its words
		{all, "line cook or cooking in orbit, which pays more?", []string{"No guide for line cook", "87,500"}, []string{"58,900"}},
		// "which …: flying as an airline pilot or working as an ML engineer?": the job after "as" is a side weighed, not the asker's
		{shipped, "which takes longer to get into: flying as an airline pilot or working as an ML engineer?", []string{"No guide for airline pilot", "5-8 years"}, nil},
		{shipped, "I work as an airline pilot. which takes longer, grad school or learning production ML?", nil, []string{"No guide"}},
		// Filters over the state table and the certificates: "N or more", a range, an exact price, the national median as the line
		{shipped, "how many states pay 170k or more for MLE", []string{"3 have a median salary at or above $170,000"}, nil},
		{shipped, "how many states sit between 160k and 180k for MLE median", []string{"between $160,000 and $180,000", "Washington"}, []string{"California (CA)"}},
		{shipped, "how many of the ML certs cost exactly $200, and which", []string{"2 cost exactly $200", "Databricks"}, []string{"TensorFlow Developer"}},
		{shipped, "which ML certs cost $200 or less?", []string{"3 cost at or under $200"}, []string{"AWS Machine Learning Specialty ($300)"}},
		{shipped, "any state below the national median for ML engineers?", []string{"None of the 4 states", "national median ($150,000)"}, nil},
		{shipped, "is median ML engineer pay above 150k in every state the guide lists?", []string{"All 4 states", "Massachusetts"}, nil},
		// (not a range told to ask what it means, nor a ranking against the national median)
		{shipped, "if ML engineers make somewhere between 120k and 300k, what decides where you end up in that range?", []string{"experience"}, []string{"states with"}},
		{shipped, "which state is furthest above the national median for MLEs, and by how many percent?", []string{"California", "23%"}, nil},
		// "half a mil" is money, not a unit of length; a verb asked with "what" later in the message is what the guide has
		{shipped, "how much do ml engineeers actualy make tbh my cousin swears everyone at his work pulls like half a mil and i feel like thats cap", []string{"150,000"}, []string{"nothing on mil"}},
		{shipped, "If certifications aren't the main thing for ML engineers, what do hiring managers weigh more?", []string{"publications"}, []string{"nothing on weigh"}},
		// A job with no guide set against the career on figures is refused whichever reading found the figures, the guide's own beside
		{shipped, "MLE vs plumber in OH", []string{"No guide for plumber"}, []string{"no figure for Ohio"}},
		{shipped, "data analyst in CA vs MLE in CA, how big is the gap?", []string{"No guide for data analyst", "185,000"}, nil},
		// A word after the end of a part's title names what that part lists ("system design prompts"), not a point the guide lacks
		{shipped, "5 ML system design prompts in the guide — what are they?", []string{"recommendation system"}, []string{"Not in the guide"}},
		{all, "How long are orbital chef missions before you come back to Earth?", []string{"nothing on"}, nil},
		// A job told and then named again by its initials or its head
		// noun is the job asked about.
		{shipped, "MLE here, my dad's an air traffic controller about to retire. What's the median ATC salary?", []string{"No guide for air traffic controller"}, []string{"$150,000"}},
		{shipped, "MLE in Phoenix; my wife's a real estate agent. What's a typical agent's yearly income in Arizona?", []string{"No guide for real estate agent"}, []string{"$150,000"}},
		// The asker's own job told, then asked about as "my job"; an
		// occupation asked after "the median for" is the one asked about,
		// whatever the story around it.
		{shipped, "I'm a data labeler in Austin TX. what's the median for my job?", []string{"No guide for data labeler"}, []string{"$150,000"}},
		{shipped, "data labeler here, what's the median for my job?", []string{"No guide for data labeler"}, []string{"$150,000"}},
		{all, "data labeler in California - what's the median for my job?", []string{"No guide for data labeler"}, []string{"$185,000"}},
		{shipped, "I'm a data analyst. What's the actual difference between what I do and what the people who ship ML models to production do?", []string{"production"}, []string{"No guide for data analyst"}},
		{all, "I'm a flight food scientist at a space agency site in Alabama. What's the median for food scientists?", []string{"No guide for food scientists"}, []string{"$83,100"}},
		{all, "What is the median in the Lone Star State for growers working with qubit trellises?", []string{"$79,900"}, []string{"No guide"}},
		// "X here" before questions in the guides' words is background,
		// in one part or several; "HVAC tech" is one worker.
		{shipped, "Bartender here. Which tools track ML experiments, and what's Google's cloud ML platform called?", []string{"MLflow", "Vertex"}, []string{"No guide"}},
		{all, "seasonal farm worker here, when do superposition greenhouses do most of their hiring?", []string{"Quantum Gardener"}, []string{"No guide"}},
		{all, "HVAC tech salary in ohio", []string{"No guide for heating technician"}, []string{"technician tech"}},
		// A rarer word of one guide's, joined to one it keeps to, names
		// its worker; a job left ("from line cook") does not.
		{all, "What do entangled-orchard growers earn in the Green Mountain State?", []string{"$69,800"}, []string{"No guide"}},
		{all, "how do i go from line cook to sous chef", []string{"No guide"}, []string{"Orbital Chef ·"}},
		{all, "LLM evaluator / AI rater — hourly pay?", []string{"No guide"}, []string{"$150,000"}},
		// Typos of function words and cities are corrected one edit away
		// (not "austria" to "austin").
		{shipped, "how meny yeers to be a machien lerning engneer", []string{"5-8 years"}, []string{"can't answer"}},
		{shipped, "Seatle MLE pay pls", []string{"$175,000"}, []string{"$185,000"}},
		{all, "Traumkartograf Gehalt in Österreich?", []string{"US"}, []string{"Texas"}},
		// A state's rank is computed from the table; "my state" is the one
		// told before; "national" beside growth is where, not pay; a list
		// of state codes is one part.
		{shipped, "hey, mle in nyc. where does NY rank among the guide's states for our pay?", []string{"3rd of the 4 states", "California ($185,000)"}, nil},
		{shipped, "what do the people who build recommendation engines and search ranking models make in seattle", []string{"$175,000"}, []string{"ranks"}},
		{shipped, "MLE in LA here. Median pay in my state vs New York?", []string{"$185,000", "$170,000"}, nil},
		{shipped, "MLE in Seattle. Two things: the WA median, and the national 10-yr growth?", []string{"$175,000", "+36%"}, nil},
		{shipped, "give me the ML engineer medians for CA, WA, NY and MA so i can pick where to move", []string{"$185,000", "$165,000"}, []string{"Step 3"}},
		// Pay "back in" a year is a question of pay; an extra only one
		// guide names is that guide's; a job told alone before a
		// question in a guide's words is background.
		{shipped, "ML engineer here, curious about the trend. What did MLEs make back in 2015?", []string{"pay in 2015 (its figures are for 2025)"}, []string{"Skills"}},
		{all, "I map nightmares for a living. How big is the hazard supplement?", []string{"Not in the guide: the amount of the hazard supplement"}, []string{"Not in the guides"}},
		{all, "Houston caterer. What do people who cook on space stations make in Texas?", []string{"Orbital Chef salary: no figure for Texas"}, []string{"No guide"}},
		{all, "Houston caterer. What's the pay?", []string{"No guide for caterer"}, nil},
		// A switcher asking how the job differs from their own is
		// answered with the guide's comparison, not the path.
		{shipped, "I'm a data scientist thinking of moving to MLE. how different is the actual job?", []string{"lifecycle"}, []string{"The path into the role"}},
		{shipped, "I'm a data scientist. What's actually different about ML engineering work?", []string{"lifecycle"}, []string{"The path into the role"}},
		{all, "I'm a GIS analyst for a county in Ohio and I saw DreamGIS and SomnoTri in the same job post. What's the difference between them?", []string{"Dream Cartographer"}, []string{"How is a"}},
		// A job labelling a question of time is the job asked about; one
		// still training asks the time to finish; "going rate" is pay.
		{shipped, "Physical therapist assistant — how long is the program?", []string{"No guide for physical therapist"}, []string{"Step 1"}},
		{all, "Botanist with plenty of seasons in ordinary greenhouses. How long from here until I'm working in a superposition greenhouse?", []string{"Quantum Gardener"}, []string{"No guide"}},
		{shipped, "I'm an actuary trainee. How long does it take to get fully credentialed?", []string{"No guide for actuary"}, []string{"5-8 years"}},
		{shipped, "I'm a medical assistant in Denver. What's the going rate?", []string{"No guide for medical assistant"}, []string{"$150,000"}},
		// A later part asking openly about another job by name is its
		// own, refused; one told of the asker stays with the career.
		{shipped, "barista + part time student. do ML engineers need a master's? and do baristas need any cert at all lol", []string{"master's", "No guide for baristas"}, nil},
		{all, "Two questions about dream cartography: what's the cheapest of its certifications, and how long does the whole path take? I'm 35 and a night-shift security guard.", []string{"6-7 years"}, []string{"No guide"}},
		// A person asked about after "for a …" ends the question; a name
		// may open with an adjective ("AI" read as two words).
		{shipped, "What's a typical day like for an AI ethicist?", []string{"No guide for"}, []string{"What a machine learning engineer does"}},
		{shipped, "whats the outlook for a genealogist", []string{"No guide for genealogist"}, nil},
		{shipped, "What do AI data labelers get paid per hour?", []string{"No guide for artificial intelligence data labelers"}, []string{"$150,000"}},
		{all, "portfolio ideas for a space chef wannabe?", []string{"Portfolio ideas · Orbital Chef"}, []string{"No guide"}},
		// Pay asked of work told by things no guide speaks of is no
		// guide's; a remark on why one asks is no part; pay asked by one
		// moving up is the new job's.
		{shipped, "the folks up in the airport control tower telling planes where to go, what do they make?", []string{"No guide"}, []string{"$150,000"}},
		{shipped, "i do nails at a salon in Hawaii, whats the job outlook", []string{"No guide"}, []string{"+36%"}},
		{shipped, "hey, what's the middle-of-the-road salary for folks who train models for a living?", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "What's the AWS cert cost and what's the CA median? Two facts for a slide", []string{"$300", "$185,000"}, []string{"No guide"}},
		{shipped, "Three quick ones: median pay, how long it takes, and do I need certs?", []string{"$150,000", "5-8 years"}, []string{"No guide"}},
		{shipped, "twitch streamer income? asking for my future career", []string{"No guide"}, []string{"$150,000"}},
		{shipped, "forklift operator moving up to warehouse supervisor — what's the typical pay bump? asking for a couple guys on my crew", []string{"No guide for warehouse supervisor"}, []string{"$150,000"}},
		// A state several guides' tables hold says no career; "DS" is a
		// data scientist.
		{all, "I train models at a startup, what's the pay like in CA?", []string{"Machine Learning Engineer salary in California"}, []string{"Orbital Chef"}},
		{all, "DS roles at startups, what do they pay", []string{"No guide for data scientist"}, []string{"$72,400"}},
		// "tech co" is a company; a schooling the guide does not name is
		// answered with what it says about education.
		{shipped, "want to end up at a big tech co eventually, whats the MLE salary range in the US", []string{"$120,000"}, []string{"Not in the guide"}},
		{shipped, "bootcamp grad here — is a bootcamp enough to land ML engineering?", []string{"nothing on bootcamp", "master's or a PhD"}, nil},
		// Two certificates set against each other on price: the two
		// prices and the gap ("GCP" is Google Cloud in the guide's
		// vocabulary).
		{shipped, "is the databricks one or the google one cheaper", []string{"cost the same", "$200 each"}, []string{"$300", "$100"}},
		{shipped, "AWS ML cert or the GCP one — which is cheaper?", []string{"Google Professional ML Engineer is cheaper", "$100 less"}, nil},
		// Whether what a switcher has carries over is asked of that, not
		// the whole path.
		{shipped, "backend engineer here, does my distributed systems exp carry over to MLE?", []string{"distributed systems"}, []string{"The path into the role"}},
		// Letters in capitals after "I'm a" are the asker's job when pay is
		// asked; shown as typed.
		{shipped, "I'm an LVN in Texas, what's the pay?", []string{"No guide for LVN"}, []string{"Texas"}},
		{shipped, "I'm a noob, what's the pay?", []string{"$150,000"}, []string{"No guide"}},
		// Training to become one is the path's question.
		{all, "how long to train as a quantum gardener?", []string{"The path into the role"}, []string{"can't answer"}},
		// A later part that names only another career asks the part
		// before's question of it; a relative's doing told after a
		// question is no question.
		{all, "cert required for orbital chefs? and what about ML engineers, same deal?", []string{"Microgravity Food Safety", "helpful rather than required"}, []string{"can't answer"}},
		{shipped, "How many machine learning engineers are employed in New York state? My son is weighing whether the market there is big enough.", []string{"12,000"}, []string{"no guide"}},
		// Work described in words one guide section uses in passing is
		// not that guide's work.
		{all, "i cook for patients in a hospital kitchen all day, whats the pay outlook for me", []string{"No guide"}, []string{"$87,500", "$72,400"}},
		{shipped, "what sets where they land within the salary range for MLEs", []string{"$150,000", "experience"}, []string{"nothing on"}},
		// Two letters swapped are one typo; "these days" is when; a word
		// comparing a figure is no topic the guide lacks.
		{shipped, "machien lerning enginer salray??", []string{"$150,000"}, []string{"nothing on"}},
		{shipped, "yo what do ML engineers make these days", []string{"$150,000"}, []string{"A day in the life"}},
		{shipped, "does ML eng pay really go past 300k", []string{"$300,000"}, []string{"nothing on past"}},
		// The sources name the salary figures' year; "$$" is money in chat.
		{shipped, "where do your ML engineer salary numbers come from, and what year are they for?", []string{"2025", "BLS OES"}, nil},
		{shipped, "bf is an mle lol hows the $$ for that", []string{"$150,000"}, []string{"can't answer"}},
		{shipped, "how many TensorFlow Developer Certificate $$ is it", []string{"$100"}, []string{"Not in the guide"}},
		{all, "spce chef alabama pay", []string{"$83,100"}, []string{"no guide"}},
		{shipped, "mle jobs count ny", []string{"12,000"}, []string{"+36%"}},
		{shipped, "wa vs ma mle jobs", []string{"8,000", "5,000"}, []string{"+36%"}},
		// A question of time answered from a passage without one gets the
		// path's total; "hw long" is "how long".
		{shipped, "how many years to go from zero to shipping models in prod as a full-time ML eng?", []string{"5-8 years"}, []string{"Key takeaways"}},
		{all, "hw long til im a working quantum gardner", []string{"The path into the role"}, []string{"Key takeaways"}},
		// "on top of that" is no ranking; "As a statistician …" told
		// before the question is background.
		{shipped, "As a statistician my stats and linear algebra are fine. What engineering skills do ML engineers need on top of that?", []string{"Skills"}, []string{"California"}},
		// Where the asker read something and what it says are no topic the
		// guide lacks; "in general" is no job.
		{shipped, "MLE job ad says 'cloud certs a plus' — which certifications does the guide recommend?", []string{"AWS"}, []string{"nothing on"}},
		{shipped, "Got a recruiter ping for 'Machine Learning Engineer' at Spotify. What's the going rate for the role in general?", []string{"$150,000"}, []string{"no guide"}},
		// "cred" is a credential; what someone could do with a cert is no
		// topic; an adjective before the message's last noun is no job;
		// "how much is it" after a superlative asks its price.
		{all, "entry level cred for entangled fruit trees?", []string{"Entangled Orchard Steward"}, []string{"nothing on"}},
		{all, "pytorch/LLM people: what's the cheapest cert they could grab?", []string{"TensorFlow"}, []string{"nothing on grab"}},
		{shipped, "what's the median for ML people at netflix-type companies, just the general number", []string{"$150,000"}, []string{"no guide"}},
		{all, "priciest cert for dream surveyors, and how much is it?", []string{"Licensed Lucid Surveyor costs $640"}, []string{"Your questions"}},
		// People doing a guide's work are that guide's: its head noun's
		// work done for the people it serves, a verb the guide uses, a
		// word only it uses; work no guide names, done for them, is not.
		{all, "what do the people who cook for astronauts make? median", []string{"$87,500"}, []string{"No guide"}},
		{all, "what do the people who do it for astronauts earn", []string{"No guide"}, []string{bot.Apology, "$87,500"}},
		{all, "What's the live test in an interview for the people who chart dreams?", []string{"Dream Cartographer"}, []string{"No guide"}},
		{shipped, "what do the folks who train models for a living actually make? median pls", []string{"$150,000"}, []string{"No guide"}},
		// A job described by work none of whose words the only guide uses
		// is another job; the guide's own words keep it the guide's.
		{shipped, "the people who answer 911 calls — what are the biggest challenges of that job?", []string{"No guide"}, []string{"Challenges"}},
		{shipped, "what does a day look like for someone who answers 911 calls", []string{"No guide"}, []string{"A day in the life"}},
		{shipped, "how much do the people who make chatbots smarter earn", []string{"people who make chatbots smarter"}, []string{"smaller", "smarter earn"}},
		// A worker of a guide's kind said to work where that guide alone
		// does ("in orbit", "on the station") is that guide's.
		{all, "cheapest cert for the cooks in orbit?", []string{"Orbital Galley Fire Safety"}, []string{"No guide"}},
		{all, "what other gear do the cooks up on the station use?", []string{"Orbital Chef"}, []string{"No guide"}},
		{all, "Could you confirm the lowest-paying state for cooks working in microgravity?", []string{"Alabama"}, []string{"No guide"}},
		{all, "how big is the isolation bonus for chefs on long-duration stations?", []string{"nothing on the amount of the isolation bonus"}, []string{"No guide", "how big isolation"}},
		{all, "Do chefs on long-duration stations get paid extra?", []string{"$87,500", "isolation bonus"}, []string{"No guide", "guide for extra"}},
		{all, "line cook salary in Alabama?", []string{"No guide"}, []string{"$83,100"}},
		// Three careers or more named and ranked: the table of those
		// careers; two: the winner said first.
		{all, "Among the space chef, quantum gardener and dream cartographer roles, which has the most openings each year?", []string{"Quantum Gardener has the most (3,170", "careers you named"}, []string{"Machine Learning"}},
		{all, "which pays the most: space chef, quantum gardener or dream cartographer?", []string{"Dream Cartographer pays the most (median $98,600)"}, nil},
		{all, "which has the highest median: orbital chef or quantum gardener?", []string{"Orbital Chef pays more: a median of $87,500, against $72,400"}, nil},
		// Everyday words one guide happens to use rarely ("end", "high")
		// do not outweigh the words another guide keeps to ("orbit").
		{all, "What's the pay range for cooking in orbit, low end to high end?", []string{"$58,900", "$149,000"}, []string{"$150,000"}},
		// A job that is the subject of the question ("should a DevOps
		// engineer learn") is the job asked about, not the asker's own on
		// the way to the guide's; a doer named for a thing no guide speaks
		// of is a job ("QA tester"), unless it is a relative's.
		{shipped, "What tools should a DevOps engineer learn first?", []string{"No guide for devops engineer"}, []string{"Tools and technologies"}},
		{shipped, "What's the career path for a QA tester?", []string{"No guide for quality assurance tester"}, []string{"5-8 years"}},
		{shipped, "I'm a QA tester, what should I learn first to become an ML engineer?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		{shipped, "what are the coding rounds like for ML eng jobs? my cousin the QA tester only did leetcode", []string{"LeetCode"}, []string{"No guide", "Job outlook"}},
		// "jobs" after the career's name, with a topic of its own, is the
		// career, not its outlook; alone, or of the future, the outlook.
		{shipped, "what are the coding rounds like for ML eng jobs?", []string{"Interview"}, []string{"Job outlook"}},
		{shipped, "how are ML engineer jobs looking?", []string{"Job outlook"}, nil},
		{shipped, "will there still be ml eng jobs in 10 yrs or will AI replace us lol", []string{"36%"}, nil},
		// Work asked about by what is done: the pay verb after the
		// description asks, it does not describe; a verb the guide never
		// uses names another job whatever its object; a kind of
		// professional ("the doctors who …"); the work a licence is for.
		{shipped, "what do the folks who answer 911 calls make in ohio?", []string{"No guide for folks who answer 911 calls"}, []string{"Ohio"}},
		{shipped, "what's the pay for people who teach high school math in NY?", []string{"No guide"}, []string{"$170,000"}},
		{shipped, "what do people who teach machine learning make?", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "what does a day look like for the doctors who read x-rays and MRIs?", []string{"No guide for doctors"}, nil},
		{shipped, "the doctor who treats my dog said ML is hot, what's the salary?", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "how do i get certified to work on airplane engines?", []string{"No guide for people who work on airplane engines"}, nil},
		{shipped, "how long does it take to get licensed to drive big rigs across state lines?", []string{"No guide"}, []string{"5-8 years"}},
		{shipped, "how do i get certified to deploy models on AWS?", []string{"AWS Machine Learning Specialty"}, []string{"No guide"}},
		// The asker's own job, asked of ("does that figure apply to me",
		// "my title is …", "no ML involved"); whose pay ("the salary for a
		// recruiter").
		{shipped, "I'm a data analyst in Boston. Does that $165k figure apply to me?", []string{"No guide for data analyst"}, []string{"$165,000"}},
		{shipped, "My title is research scientist at a biotech, no ML involved. What's my pay outlook?", []string{"No guide for research scientist"}, []string{"$150,000"}},
		{shipped, "wats the salary for a recruiter in boston? asking for our TA team", []string{"No guide for recruiter"}, []string{"$165,000"}},
		{shipped, "what's the salary for ML engineers? asking for a recruiter friend", []string{"$150,000"}, []string{"No guide"}},
		{all, "is there anything in the guide about extra pay for longer stays on orbital stations?", []string{"isolation bonus"}, []string{"No guide"}},
		// "make over there" asks pay; "comp sci" is a subject, not pay;
		// "the road to" is the path; "how long until job ready" the time
		// to get in; "C++" is named as typed when the guide lacks it.
		{shipped, "thinking of leaving Berlin for the US — what do people who build ML systems make over there?", []string{"$150,000"}, []string{"Challenges"}},
		{shipped, "only have a BS in comp sci — what's left before I could work as an ML engineer?", []string{"master"}, []string{"salary (US)"}},
		{shipped, "I already have a CS bachelor's. What's next on the road to ML engineer?", []string{"The path into the role"}, []string{"nothing on"}},
		{shipped, "how long until I'm job ready as an MLE?", []string{"5-8 years"}, nil},
		{shipped, "Do I need to know C++ for MLE roles?", []string{"nothing on C++"}, nil},
		{shipped, "do i need C++ for ML engineering or is python enough", []string{"Python"}, []string{"nothing on C++"}},
		// A guide's work or an adjective only it keeps to names it beside
		// another career named or a worker of its kind.
		{all, "Space cooking vs dream mapping: which has the higher national median?", []string{"Dream Cartographer pays more", "$87,500"}, []string{"No guide"}},
		{all, "what's the live test in interviews for lucid surveyors?", []string{"Dream Cartographer"}, []string{"No guide"}},
		{all, "What are the toughest parts of dream cartography?", []string{"Challenges · Dream Cartographer"}, []string{"can't answer"}},
		// A career named and nothing found by the words: the switch or the
		// time asked is the path; a thing the path never names is not.
		{shipped, "im a backend swe tryna switch to ml engineering what do i need to pick up", []string{"The path into the role"}, []string{"can't answer"}},
		{shipped, "how long is the gradschool part for mle", []string{"2-5"}, []string{"can't answer"}},
		{all, "how long is a single orbital chef rotation up on the station?", []string{"doesn't cover"}, []string{"4-5 years"}},
		// With one guide, words of the worker's name it uses name its
		// career; "line of work" is the career, not a topic.
		{shipped, "pay for model deployment engineers in california?", []string{"$185,000"}, []string{"No guide"}},
		{shipped, "what is Kubeflow used for in this line of work", []string{"Kubeflow"}, []string{"nothing on line"}},
		{all, "pay range for zero-g galley cooks?", []string{"$58,900", "$149,000"}, []string{"No guide"}},
		{all, "vermont: what do growers fighting decoherence blight earn?", []string{"$69,800"}, []string{"No guide"}},
		// The guide's work said not to be theirs: another job.
		{shipped, "the people who analyze data for insights but don't ship models, what's their median salary?", []string{"No guide for people who analyze data for insights"}, []string{"$150,000"}},
		{shipped, "people who build ML systems, not just notebooks, what do they earn?", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "im a teacher, how do i become a principal", []string{"No guide for principal"}, []string{"5-8 years"}},
		{shipped, "thinking of going back to teaching HS math in NJ, whats the salary", []string{"No guide for teacher"}, []string{"$150,000"}},
		{all, "Ironworker wages in Phoenix?", []string{"No guide for ironworker"}, nil},
		{all, "If I worked for a large agricultural company in this field, what pay range should I expect for tending entangled crops?", []string{"Quantum Gardener"}, []string{"Machine Learning Engineer"}},
		{all, "regular greenhouse gardener here — how do i move into the superposition stuff?", []string{"Quantum Gardener"}, []string{"Dream Cartographer", "No guide"}},
		{all, "im a gardener (normal plants), whats the pay", []string{"No guide for gardener"}, nil},
		{all, "dream cartographer: how long to train, and what does the LLS cost?", []string{"$640"}, []string{"Not in the guide"}},
		{all, "how much is the CSH exam", []string{"Quantum Gardener", "$450"}, nil},
		// Listed items each asking a kind of their own are parts of their
		// own; "cheapest and priciest" asks one thing.
		{all, "quantum gardener: permit fee, cheapest cert, and the median in oregon?", []string{"$85", "$125", "$84,300"}, nil},
		{all, "cheapest and priciest certs for charting shared dreams?", []string{"$640"}, []string{"can't answer"}},
		// Two states compared: the gap in dollars and in percent of the
		// lower one; "dollar" is a unit, not a topic.
		{shipped, "Washington vs Massachusetts ML engineer median", []string{"$10,000 more (6.1% above Massachusetts"}, nil},
		{shipped, "Dollar gap between the NY and MA medians for ML engineers?", []string{"$5,000 more"}, []string{"Not in the guide"}},
		{shipped, "California vs New York for MLEs: give me the difference", []string{"$15,000 more (8.8%"}, nil},
		{shipped, "New York vs Washington ML engineer employment", []string{"4,000 more (1.5 times as many)"}, nil},
		{all, "what's the actual dollar amount of the nightmare hazard supplement for dream cartographers?", []string{"without a figure"}, []string{"$98,600"}},
		{all, "Dream cartographer vs orbital chef national medians: % gap with the chef as base?", []string{"$11,100 more, 12.7% above it"}, nil},
		{all, "California: ML engineer vs orbital chef median, $ gap and % gap (chef as base)?", []string{"by $80,100 (76.4%)"}, nil},
		// A question the guide's FAQ asks is answered with its answer; one
		// that asks more (which universities, tuition) is not.
		{shipped, "How is an ML engineer different from a data scientist?", []string{"A data scientist focuses on analysis and insights"}, nil},
		{shipped, "Does one need a master's degree to become a machine learning engineer?", []string{"Generally yes"}, nil},
		{shipped, "which universities are best for an ML masters", []string{"Not in the guide"}, []string{"Generally yes"}},
		{shipped, "how much does a masters in ML cost", nil, []string{"Generally yes"}},
		// Asked across the careers, a story's word picks none; "Of all the
		// certs …, which …" is one question.
		{all, "Which of your careers takes the least time to get into? At my age I'd like something quicker.", []string{"Time to get in, by career"}, nil},
		{all, "Of all the certs across every career here, which single one is cheapest, and what does it cost?", []string{"Orbital Galley Fire Safety ($95)"}, nil},
		// Every state in order when the ranking itself is asked.
		{shipped, "Please list the states in the guide ranked from the highest to the lowest median salary for machine learning engineers.", []string{"highest first: California ($185,000), Washington ($175,000), New York ($170,000), Massachusetts ($165,000)"}, nil},
		{shipped, "Re-rank the guide's ML engineer states by number employed instead of by pay. What's the order?", []string{"California (25,000 employed), New York (12,000 employed), Washington (8,000 employed), Massachusetts (5,000 employed)"}, nil},
		{shipped, "which state pays the least", []string{"Massachusetts pays the least"}, nil},
		// Certificates added up: all of them, or those named.
		{shipped, "AWS Machine Learning Specialty plus Google Professional ML Engineer: combined exam cost?", []string{"$500 ($300 + $200)"}, nil},
		{all, "Sum of all three orbital galley certs, in dollars?", []string{"$855"}, nil},
		{all, "All three dream-mapping credentials summed?", []string{"$1,180"}, nil},
		{shipped, "how many certs are there in total for ml engineers", []string{"lists 4 certifications"}, []string{"50,000"}},
		{shipped, "ml engineer salary in europe", []string{"$150,000", "for the US"}, []string{"Not in the guide"}},
		{shipped, "the ppl who deploy ai models in europe, what do they make typically", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "Is medical coding something I could learn from home while caring for my husband? What does it pay?", []string{"No guide for medical coding"}, []string{"$150,000"}},
		{shipped, "is ML engineering something i could learn at 40?", nil, []string{"No guide"}},
		{shipped, "Is cybersecurity analyst a realistic career change at 56? What skills would I need?", []string{"No guide for cybersecurity analyst"}, []string{"Python"}},
		{shipped, "my wife is a nurse and wants to switch into ML engineering, what skills does she need?", []string{"Python"}, []string{"No guide"}},
		{shipped, "devops eng - which tools to learn first", []string{"No guide for devops engineer"}, []string{"PyTorch"}},
		{shipped, "data analyst: where do i start to become an ML engineer?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		{shipped, "I want to switch to nursing, what's the pay", []string{"No guide for nurse"}, []string{"$150,000"}},
		{shipped, "teaching cert in ohio - how long does it take", []string{"No guide for teacher"}, []string{"5-8 years"}},
		{shipped, "Is a license required to work as a real estate agent in Arizona?", []string{"No guide for real estate agent"}, nil},
		{shipped, "I worked as a nurse for 10 years, how do I become an ML engineer?", []string{"5-8 years"}, []string{"No guide"}},
		{shipped, "training certification for ml engineers?", []string{"AWS Machine Learning Specialty"}, []string{"No guide"}},
		{shipped, "going back to coding after a break, ml engineer salary?", []string{"$150,000"}, []string{"No guide"}},
		// A name spelled out in letters, as voice typing writes it, is the
		// name; letters cut off at an apostrophe are not ("I'm a").
		{all, "how long to become an m l e", []string{"5-8 years"}, []string{"Quantum Gardener"}},
		{shipped, "is a w s cert worth it", []string{"AWS Machine Learning Specialty"}, nil},
		{shipped, "ml engineer salary in cali for nia", []string{"$185,000"}, nil},
		{shipped, "what do ml engineers make in new york", []string{"$170,000"}, nil},
		// Names voice typing heard as other words are read by sound; words
		// the guides use side by side, places and a name typed right stay
		// as they are.
		{shipped, "m l engineer salary in see attle", []string{"$175,000"}, nil},
		{shipped, "mass a chew sets machine learning engineer median pay", []string{"$165,000"}, nil},
		{shipped, "knew york machine learning engineer salary", []string{"$170,000"}, nil},
		{shipped, "working near red mond as a machine learning engineer what's the typical pay", []string{"$175,000"}, nil},
		{shipped, "i live in l a how much do m l engineers get paid here", []string{"$185,000"}, nil},
		{shipped, "pie torch or tensor flow which one is the main framework", []string{"PyTorch"}, []string{"Not in the guide"}},
		{shipped, "cube flow what does it do", []string{"Kubeflow"}, []string{"Not in the guide"}},
		{shipped, "los angeles ml engineer pay?", []string{"$185,000"}, nil},
		{shipped, "what's the ML engineer salary in India in lakhs per annum?", []string{"$150,000"}, []string{"Indiana"}},
		{all, "how much do dream cartographers make", []string{"$98,600"}, nil},
		{all, "cue bit gardener pay in portland oregon", []string{"Quantum Gardener", "$84,300"}, []string{"No guide"}},
		{all, "quantum garden er salary in fur mont", []string{"$69,800"}, nil},
		{all, "how much does an orbit all chef make working for nasa", []string{"$87,500"}, []string{"No guide"}},
		{shipped, "tense or flow developer certificate price", []string{"$100"}, []string{"Not in the guide"}},
		{shipped, "wat do ml engneers make in new yrok", []string{"$170,000"}, []string{"Newark"}},
		{all, "How much do the people who manage teams of data labelers earn?", []string{"No guide"}, []string{"Wyoming"}},
		{shipped, "Which year are the ML engineer salary numbers from? he will not believe a number without a source", []string{"2025"}, []string{"Bellevue"}},
		{shipped, "you ex designer salary in california", []string{"No guide for UX designer"}, []string{"$185,000"}},
		// Letters said by name spell the name or code they make when it is
		// known; a run needs a name that is no everyday word.
		{shipped, "em ell engineer pay in the golden state", []string{"$185,000"}, []string{"No guide"}},
		{shipped, "where do the em ell pay numbers come from is it bee ell ess or what", []string{"BLS"}, []string{"Not in the guide"}},
		{shipped, "em ell engineer salary double you ay", []string{"$175,000"}, nil},
		{shipped, "em ell engineer pay en why", []string{"$170,000"}, nil},
		{shipped, "is a pee aitch dee required or is a masters enough for em ell", []string{"PhD"}, []string{"Not in the guide"}},
		{shipped, "will I see a raise as an ML engineer in California", []string{"$185,000"}, nil},
		// A section's answer carries the guide's key takeaway on its kind,
		// never a line of pay.
		{shipped, "what skills do I need to be an ML engineer", []string{"PyTorch/TensorFlow"}, nil},
		{shipped, "Lay out the steps to become an ML engineer.", nil, []string{"$300,000"}},
		// An amount said in words is the amount.
		{shipped, "can a machine learning engineer actually hit three hundred K or is that a myth", []string{"$300,000"}, []string{"can't answer"}},
		{shipped, "is one fifty thousand the median for ml engineers", []string{"$150,000"}, nil},
		{shipped, "I'm a data analyst in Ohio. If you were me, how would you start moving toward ML engineering?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		{all, "what do the folks who train models for a living earn?", []string{"Machine Learning Engineer", "$150,000"}, []string{"No guide"}},
		{all, "the folks who own the product roadmap and write specs — median pay?", []string{"No guide"}, []string{"$150,000"}},
		// Work told by what is done, opening the message, with nouns no
		// guide uses, is no guide's; the guide's own work is the guide's.
		{all, "fixing bicycles at a repair shop, median pay?", []string{"No guide", "fix bicycles"}, []string{"$150,000", "$87,500"}},
		{all, "asking for my son: what's the median salary for ML engineers?", []string{"$150,000"}, []string{"No guide"}},
		// A ranking word one guide happens to use ("least") says nothing of
		// the career; a word only one guide uses ("orbit") does.
		{all, "which state pays the least for the orbit kitchen job?", []string{"Orbital Chef", "Alabama"}, []string{"Dream Cartographer"}},
		// "who makes more: A or B" weighs two careers described.
		{all, "in Nevada who makes more, people who map dreams or people who deploy ML models?", []string{"Dream Cartographer vs Machine Learning Engineer"}, nil},
		// The guide's head noun with the guide's own work after "who" is
		// the guide's job; with work the guide only mentions, or no
		// guide's, it is not.
		{shipped, "median pay for engineers who deploy models in new york?", []string{"$170,000"}, []string{"No guide"}},
		{shipped, "what do engineers who write software make?", []string{"No guide"}, []string{"$150,000"}},
		{shipped, "engineers who design bridges, pay?", []string{"No guide"}, []string{"$150,000"}},
		// A title's initials name it when no word, place or other title
		// has them ("oc"; "dc" is the District of Columbia).
		{all, "oc median pay?", []string{"Orbital Chef", "$87,500"}, nil},
		{all, "qg vs oc job growth", []string{"Quantum Gardener vs Orbital Chef"}, nil},
		{all, "dc salary in nevada", nil, []string{"Dream Cartographer salary"}},
		// A story before a question that names a guide's certificate is
		// not what the guide lacks.
		{all, "I run a bakery in Ohio. My cousin mailed me a magazine piece on cooking in orbit and I love the idea. What does the Zero-G Pastry Endorsement cost?", []string{"$240"}, []string{"nothing on"}},
		// A word of one guide's name before a worker named for what that
		// guide does is that guide's job; before a thing it never names,
		// it is not.
		{all, "what do quantum growers earn in oregon?", []string{"Quantum Gardener", "$84,300"}, []string{"No guide"}},
		{all, "quantum computer builders pay?", []string{"No guide"}, []string{"$72,400"}},
		// A guide's own thing ("superposition plants") is no sense of a
		// noun that names a job ("plant"); a noun the guide never uses
		// after that guide's word still may be ("machine operator").
		{all, "what do people who grow superposition plants earn in oregon?", []string{"Quantum Gardener", "$84,300"}, []string{"No guide"}},
		{all, "machine operator pay in texas?", []string{"No guide"}, []string{"$79,900"}},
		// A guide's work wished for where its name says ("to cook on a
		// space station") names it; another job's people doing it, or a
		// comparison, do not.
		{all, "my nephew is a prep cook and wants to cook on a space station. what's the median pay for that?", []string{"Orbital Chef", "$87,500"}, []string{"No guide"}},
		{all, "astronauts who want to cook in orbit, what do astronauts earn?", []string{"No guide"}, []string{"$87,500"}},
		// "How many years total" asks the path's length, not the people
		// employed added up; "how much in total" for every certificate is
		// their prices added up.
		{shipped, "how many years total to become an ML engineer from scratch?", []string{"5-8 years"}, []string{"between them"}},
		{shipped, "if I take all four ML certs how much do I pay in total?", []string{"$800"}, nil},
		// An employer typed lower case where a pay question ends, or given
		// as an example after its kind ("a sleep clinic company like
		// ResMed"), gets the guide's figures with the company line.
		{all, "what would a dream cartographer earn at somnicorp", []string{"$98,600", "company-specific"}, []string{"nothing on"}},
		{all, "quantum gardener pay at a farming company like Cargill?", []string{"$72,400", "Cargill"}, []string{"nothing on"}},
		// A story told around a question sentence: what it names is not
		// what the guide lacks, a "where" in it asks no place, a career
		// it names is not the one asked, and when the whole message finds
		// nothing, one sentence of it is searched.
		{shipped, "I manage a call center in Tulsa. My boss says the company will pay for one exam. What does the TensorFlow Developer Certificate cost?", []string{"$100"}, []string{"nothing on"}},
		{all, "I cook on a fishing trawler. People tell me it is practice for cooking up where nothing stays put. What are the biggest challenges of being an orbital chef?", []string{"Challenges"}, []string{"employs the most", "median"}},
		{all, "How long does it take to become a quantum gardener? My brother is a dream cartographer and loves it.", []string{"Quantum Gardener"}, []string{"Dream Cartographer"}},
		{shipped, "my sister is an ML engineer and says most of her week is not spent on algorithms. is that normal?", []string{"Machine Learning Engineer"}, []string{bot.Apology, "can't answer"}},
		// A guide's name of two words or more, misspelt in words, names it.
		{all, "how long does it take to become a machine lerning enginer?", []string{"Machine Learning Engineer"}, []string{"No guide", "Which career"}},
		// "A vs B": the side without a career named, told by words only
		// one guide uses.
		{all, "how long to start tending entangled orchards vs becoming a dream cartographer?", []string{"Quantum Gardener vs Dream Cartographer"}, nil},
		// Both sides of "or" with a comparative, each told by its work or
		// its field's words; the story before a "vs" is no side.
		{all, "In California, would I earn more cooking in orbit or building machine learning systems?", []string{"$104,900", "$185,000"}, nil},
		{all, "My interview is next week and I keep blanking on batch norm vs layer norm. What other technical deep-dive topics does the guide list for that job?", nil, []string{"Orbital Chef vs"}},
		// A worker of a guide's kind beside two words only that guide keeps
		// coming back to is that guide's; one such word may be the plain
		// job's.
		{all, "Oregon median for shielded greenhouse growers?", []string{"$84,300"}, []string{"No guide"}},
		{all, "greenhouse worker salary in oregon", []string{"No guide"}, []string{"$84,300"}},
		{shipped, "median for model-serving engineers in new york?", []string{"$170,000"}, []string{"No guide"}},
		{shipped, "senior data engineer salary band?", []string{"No guide"}, []string{"$150,000"}},
		{shipped, "what do engineers who ship ML systems make in washington?", []string{"$175,000"}, []string{"No guide"}},
		{all, "does a sous chef earn more than an orbital chef?", []string{"No guide for sous chef"}, nil},
		{all, "New York: ML deployment engineers vs dream cartographers, medians for each?", []string{"$170,000"}, []string{"No guide"}},
		{shipped, "what's the name of the AWS platform that runs ML end to end?", []string{"SageMaker"}, []string{"nothing on"}},
		{shipped, "Before I commit to two years of study, what does an ML engineer earn nationally?", []string{"$150,000"}, []string{"nothing on"}},
		// How long the step before a certificate takes is the path's; how
		// long getting the certificate takes is the guide's time line; how
		// soon one may retake its exam is not in the guide.
		{all, "how long is the apprenticeship before the Licensed Lucid Surveyor?", []string{"18 months"}, []string{"nothing on"}},
		{all, "how long does getting certified as a Licensed Lucid Surveyor take?", []string{"3-6 months"}, []string{"nothing on"}},
		{all, "if I fail the Licensed Lucid Surveyor exam, how soon can I retake it?", []string{"nothing on"}, nil},
		// A noun before the tools asked about qualifies them ("kitchen
		// equipment"); before a certificate it names another field's
		// ("forklift cert").
		{all, "what kitchen equipment do orbital chefs use?", []string{"Centrifuge Oven"}, []string{"nothing on"}},
		{all, "forklift cert cost?", []string{"forklift"}, []string{"$520", "Centrifuge", "Orbital Chef guide"}},
		// What a name only one guide uses is for, asked inside a story, is
		// answered from that guide; the story's words are not what it lacks.
		{all, "my niece asked me what RehydroCalc is for and I had no idea lol", []string{"Orbital Chef", "rehydrat"}, []string{"nothing on"}},
		{all, "I'm ServSafe certified. what else do I need to run a restaurant kitchen", nil, []string{"Orbital Chef salary"}},
		{all, "how long does it take to become a chef in space", []string{"Orbital Chef", "4-5 years"}, []string{"No guide"}},
		// The kind of a guide's job named by a word of its summary alone
		// is the guide's; beside another occupation, or said to be the
		// plain kind, it is not.
		{all, "how often does resupply come for station cooks", []string{"90 days"}, []string{"No guide"}},
		// "What's X?" of a thing a guide names gets the lines that say
		// what it is; the median salary is no such thing.
		{all, "what's the blind growth diary", []string{"legal record"}, []string{"+14%"}},
		{all, "what is decoherence blight", []string{"the disease every grower learns to fear", "collapse a whole greenhouse"}, nil},
		{shipped, "what is the median salary for ML engineers", []string{"$150,000"}, nil},
		// An intent word inside a thing a guide names is part of the name
		// ("blind growth diary"), not a question of growth.
		{all, "QG portfolio: the blind growth diary is supposed to cover how many harvests?", []string{"50"}, []string{"+14%"}},
		// A name no dictionary has, one guide's alone, says which career
		// even beside words other guides use ("job post").
		{all, "what's RehydroCalc for, saw it on a job post", []string{"Orbital Chef", "rehydration"}, []string{"can't answer"}},
		// A comparison among the parts of a message is headed by both
		// careers, not by the one that wins.
		{all, "More openings per year: dream cartographers or quantum gardeners? I'm 23, working at a Starbucks in Tempe, and I want the field where I'm most likely to get hired. I've applied everywhere and heard nothing back.", []string{"Your questions · Dream Cartographer vs Quantum Gardener", "3,170"}, []string{"Your questions · Quantum Gardener"}},
		{all, "GIS analysts and map cartographers, median salary?", []string{"No guide"}, []string{"$98,600"}},
		// A career said not to be meant, beside the occupation asked about,
		// is not the career asked about.
		{shipped, "What's the median salary for a data scientist? Not an ML engineer, a data scientist.", []string{"No guide for data scientist"}, []string{"$150,000"}},
		{all, "median for land surveyors in Texas? property surveyors, not dream mapping", []string{"No guide"}, []string{"$98,600", "Lucid"}},
		// A relative's job told after the question is who asks; told
		// before a question about it, it is the job asked about.
		{shipped, "do the ML certs expire, how often do you have to renew them? my dad's a pilot and has to renew everything", []string{"Machine Learning Engineer"}, []string{"No guide for pilot"}},
		{shipped, "my mom is a pharmacist, she wants to know if her job is growing", []string{"No guide for pharmacist"}, []string{"+36%"}},
		// A price asked of no certificate, with a place, is pay; "range"
		// beside a career is its pay range.
		{shipped, "how much for ML eng in NYC", []string{"$170,000"}, []string{"can't answer"}},
		// A career weighed ("a good career", "a dying field") is a question
		// of its prospects; plants dying are not.
		{shipped, "is ml engineering a good career tbh", []string{"36%"}, []string{"can't answer"}},
		{shipped, "is MLE a dying field or what", []string{"36%"}, nil},
		{all, "my tomato plants keep dying, how often should i water them", nil, []string{"+14%"}},
		// A word the guides do not know is no veto when the career and the
		// section are named outright.
		{shipped, "downsides of the ml engineer job? everyone only posts the good parts on linkedin", []string{"Challenges"}, []string{"can't answer"}},
		{shipped, "whats the full range low to high for machine learning engineers", []string{"$120,000", "$300,000"}, []string{"can't answer"}},
		// A sentence's opening words before its question ("In New York,")
		// are part of that question, not a question of their own.
		{all, "I live in Yonkers and I'm torn between two paths. In New York, what's the median for an ML engineer and for a dream cartographer?", []string{"Machine Learning Engineer vs Dream Cartographer in New York", "$170,000", "$121,700"}, []string{"Your questions"}},
		// The asker's own job, asked about as "my field", is the job asked
		// about; a switch named keeps it the job switched from.
		{all, "I'm a psychologist and I do a lot of dream analysis with clients, whats the outlook for my field", []string{"No guide for psychologist"}, []string{"+22%"}},
		{shipped, "I'm a QA tester, what would my pay be after switching?", []string{"$150,000"}, []string{"No guide"}},
		// Work the asker or a friend does, asked about as "my kind of job"
		// or "what does he make", is that work, named in its base form.
		{shipped, "i work the register and stock shelves at target. what does my kind of job pay on average", []string{"No guide for people who work the register and stock shelves"}, []string{"$150,000"}},
		{shipped, "my dad pours concrete for a living, whats the outlook for that kind of work", []string{"people who pour concrete"}, []string{"+"}},
		// A short job name before "certs" is the job; two letters there may
		// be a certificate's short name.
		{shipped, "hvac tech certs? like the EPA 608", []string{"No guide for hvac tech"}, []string{"TensorFlow"}},
		{shipped, "tf dev cert worth it?", []string{"TensorFlow"}, []string{"No guide"}},
		// The plain kind of a guide's job, said in the sentence before the
		// figures asked, stays the plain kind.
		{all, "regular chef here on earth, not in space lol. whats the salary in california?", []string{"No guide for chef"}, []string{"$104,900"}},
		// "a DevOps guy": a word no dictionary or guide knows before a
		// person is a job's name; a guide's word there is the guide's.
		{shipped, "my bf is a DevOps guy, mostly k8s and terraform. what's his salary range typically?", []string{"No guide for devops"}, []string{"$150,000"}},
		{shipped, "im a pytorch guy, what certs help", []string{"Certifications"}, []string{"No guide"}},
		// "OK" after "be" or "is" is the word, not Oklahoma.
		{shipped, "Our son wants to stay in the Empire State near us. What's the median salary for a machine learning engineer here? We just want to know he'll be OK.", []string{"$170,000"}, []string{"Oklahoma"}},
		{shipped, "ML engineer pay in OK?", []string{"Oklahoma"}, nil},
		// A field studied, with pay asked for after it, is that field's
		// work; a guide's field studied is the guide's.
		{all, "i'm studying architecture, what's the salary like after", []string{"No guide for architecture"}, []string{"$72,400"}},
		{shipped, "im studying machine learning, whats the salary like after graduating", []string{"$150,000"}, []string{"No guide"}},
		// A comparison word far from the job named in the story compares
		// nothing with it; a credential held is the work asked about.
		{shipped, "I'm 27, working as a paralegal at a small immigration firm. I've been taking night classes in statistics at Hunter and I think I actually like it more than law. How much do machine learning engineers make in New York?", []string{"$170,000"}, []string{"No guide"}},
		{shipped, "I drive an 18-wheeler cross country, got my CDL last year. is the pay better in cali or new york?", []string{"No guide"}, []string{"$185,000"}},
		// Any person described by work at a place no guide uses is that
		// work; a person described by a verb alone is not a job.
		{shipped, "whats a day like for the ladies who work at my kid's daycare? thinking of applying", []string{"No guide for ladies who work at my kid daycare"}, []string{"standup"}},
		{shipped, "Sick of my job at the warehouse, a supervisor who yells. My brother says ML engineers make crazy money. What's the top end of the pay range for them?", []string{"$300,000"}, []string{"No guide"}},
		// A wish a few words back makes "as a vet" the job wished for;
		// "what does it pay" asks about the work described.
		{shipped, "I want to work with sick animals as a vet, how many years of school is that", []string{"No guide for vet"}, []string{"5-8"}},
		{shipped, "my mom does people's taxes every spring at a storefront place. could that be a full time career and what does it pay", []string{"No guide"}, []string{"$150,000"}},
		// Work told after "I'm" by its verb in -ing and the verb's object
		// is the asker's work; the guide's own work stays the guide's.
		{shipped, "i'm in the shop 6am to 7pm doing fades and beard trims. what's the outlook for my job", []string{"No guide for people who do fades and beard trims"}, []string{"+36%"}},
		{shipped, "im building models at a startup, what should my salary be", []string{"$150,000"}, []string{"No guide"}},
		// A word no dictionary or guide knows after "the outlook for", at
		// the end, stands where a job's name goes.
		{shipped, "I work the counter at starbucks making lattes all day, whats the outlook for baristas", []string{"No guide for baristas"}, []string{"+36%"}},
		{shipped, "what are the best certs for kubeflow", []string{"Certifications"}, []string{"No guide"}},
		// "what i do" asks about the work told; "become one of those"
		// asks about the job of the person named before it.
		{shipped, "i spend my whole day unclogging drains and swapping water heaters lol. whats the avg pay for what i do", []string{"No guide for people who spend their whole day unclogging drains"}, []string{"$150,000"}},
		{all, "my therapist does dream analysis with me, how do u become one of those?", []string{"No guide for therapist"}, []string{"Dream Cartographer guide ›"}},
		// Work told in the sentence before a question that points back at
		// its worker ("for her") is the work asked about.
		{shipped, "my sister teaches 3rd grade and wants to move up. whats the path for her?", []string{"No guide for people who teach 3rd grade"}, []string{"Step 1"}},
		// "the techs at a sleep clinic": a workplace's technicians.
		{all, "what do the techs at a sleep clinic who wire people up overnight make", []string{"No guide for techs"}, []string{"$98,600"}},
		// An employer's name after "called", and one of several capitalised
		// words, is the company asked about.
		{all, "There's a sleep clinic chain called SomnaCorp hiring dream cartographers near me. What do they pay?", []string{"nothing for SomnaCorp", "$98,600"}, []string{"nothing on somnacorp"}},
		{all, "What would a quantum gardener make at GreenQubit Farms specifically? They're the big employer out by my hometown.", []string{"nothing for GreenQubit Farms", "$72,400"}, nil},
		// A credential no guide knows, in capitals before "certified" or
		// "certification", leads to work no guide covers; a guide's
		// certificate by its initials stays the guide's.
		{shipped, "ASE certification cost?", []string{"No guide for work that takes the ASE"}, []string{"$300"}},
		{shipped, "AWS certification cost?", []string{"AWS Machine Learning Specialty"}, []string{"No guide"}},
		{shipped, "how long is the google PMLE cert valid before you have to recert", []string{"Google Professional ML Engineer"}, []string{"No guide"}},
		// "guys like me", "help him" ask about the work told.
		{shipped, "i spend 10 hrs a day hauling freight across I-80 in a big rig. what's the median for guys like me", []string{"No guide for people who haul freight"}, []string{"$150,000"}},
		{shipped, "my brother does the books for a bunch of small businesses, payroll, quarterly taxes, that kind of thing. what certifications would help him", []string{"No guide for people who do the books"}, []string{"TensorFlow"}},
		// An exam no guide names leads to work no guide covers; the
		// guides' own exams stay theirs.
		{shipped, "how many actuarial exams are there", []string{"No guide for work that takes the actuarial exams"}, nil},
		{shipped, "studying for the bar exam rn, whats the job outlook for people who pass", []string{"No guide for work that takes the bar exam"}, []string{"+36%"}},
		{shipped, "how hard are the certification exams", []string{"Certifications"}, []string{"No guide"}},
		{shipped, "just passed the bar!! what does a first-year associate make in NYC", []string{"No guide for work that takes the bar exam"}, []string{"$170,000"}},
		{shipped, "studying for the bar rn and lowkey panicking, is the job outlook decent once i pass", []string{"No guide for work that takes the bar exam"}, []string{"+36%"}},
		{shipped, "got my class A CDL last month. what skills do companies actually want", []string{"No guide for work that takes the CDL"}, []string{"Python"}},
		// A remark after the question, past what the asker told after it,
		// asks nothing; "that's what …" is no question.
		{shipped, "how much math do i actually need for ML engineering? i failed calc 1 once (passed the second time!!) and it still haunts me", []string{"math"}, []string{"nothing on haunts"}},
		{shipped, "do ML engineers really spend all day tuning hyperparameters? that's what my bootcamp made it sound like", []string{"A day in the life"}, []string{"nothing on bootcamp"}},
		// "my job" told only by things no guide speaks of is a job with no
		// guide; told by the guide's things it is the guide's.
		{shipped, "my day: up at 5, 12hr shift on the ward, charting, passing meds, call lights going off nonstop. what's the outlook for my job?", []string{"No guide for your job"}, []string{"+36%"}},
		{shipped, "my day is standups, training runs and debugging pipelines. whats the outlook for my job?", []string{"+36%"}, []string{"No guide"}},
		// "what do X at <employer> make": X where a job's name goes.
		{shipped, "what do baristas at starbucks make an hour", []string{"No guide for baristas"}, []string{"$150,000"}},
		{shipped, "what do ML engineers at google make", []string{"$150,000"}, []string{"No guide"}},
		// "tips", "advice" ask for nothing the guide lacks; "a 15% tip"
		// stays off topic.
		{shipped, "tips for MLE interviews?", []string{"Interview preparation"}, []string{"nothing on tips"}},
		{all, "whats a 15% tip on $80", []string{"can't"}, []string{"$150,000"}},
		// A claim asked about is read without the remark beside it, and
		// "there are more X in A than in B" counts people.
		{shipped, "my buddy says there are more ML engineers in Washington than in New York because of Amazon and Microsoft. I said NY. We bet a pizza on it. who's right?", []string{"New York employs more than Washington"}, []string{"nothing on pizza"}},
		// A place in a ranking is computed, and said as a place.
		{shipped, "I grew up in a tiny town and cities scare me. Ranking by number of ML engineers employed, which state comes second after California?", []string{"New York employs the second most, after California"}, nil},
		{shipped, "what state ranks third for ML engineer salary?", []string{"New York pays the third most, after California and Washington"}, nil},
		{shipped, "Not California, I know that one's first. Which state has the second-most machine learning engineers working?", []string{"New York employs the second most, after California"}, []string{"Washington pays"}},
		// A claim someone made, then "does the guide agree?": the claim is
		// what is asked, not the short question after it.
		{shipped, "a guy on reddit says certifications are what matter most for ML jobs. does the guide agree?", []string{"helpful rather than required"}, []string{"can't answer"}},
		// Two states to /compare are compared for the one career.
		{shipped, "/compare NY CA", []string{"California pays more than New York"}, []string{"no guide"}},
		{all, "/compare CA NY orbital-chef", []string{"Orbital Chef salary by state"}, nil},
		// A state's nickname (WordNet's synonyms of the state) asks nothing by
		// its words: "state" there is no question about states.
		{shipped, "empire state numbers for an MLE", []string{"$170,000"}, []string{"$185,000"}},
		// "saw" is the everyday verb, not a tool the guide lacks.
		{shipped, "saw MLflow in a job ad, what is it for", []string{"MLflow"}, []string{"nothing on"}},
		// A thing a guide names, whose last word is a person only in another
		// sense, is the guide's thing, not an occupation.
		{all, "what is a crumb vortex hood for?", []string{"Orbital Chef"}, []string{"No guide"}},
		// Chat phrases that name no topic are not what the guide lacks.
		{shipped, "ML eng pay in Washington? got an offer and want to sanity check", []string{"$175,000"}, []string{"nothing on"}},
		// The plural of a word the intent table lists asks the same.
		{shipped, "seattle vs boston for an MLE, how far apart are the medians", []string{"$175,000", "$165,000"}, nil},
		// A line of work before "outlook", or studied, is its occupation's.
		{shipped, "accounting outlook for the next decade?", []string{"no guide"}, []string{"+36%"}},
		{shipped, "my son is studying pharmacy. what's the job outlook?", []string{"no guide"}, []string{"+36%"}},
		// "headaches" are challenges; "lowball" asks pay; the asker's own
		// school is not a school the guide should name.
		{shipped, "main headaches ML engineers run into?", []string{"Challenges"}, []string{"nothing on"}},
		{shipped, "offered 120k as an MLE, lowball?", []string{"$150,000"}, []string{"nothing on"}},
		{shipped, "my university said CA pays MLEs the most. right?", []string{"California"}, []string{"which university"}},
		// A place abroad with its accents is still a place abroad.
		{shipped, "ML engineer pay in Zürich?", []string{"$150,000", "US"}, []string{"nothing on"}},
		// An extra the guide names with the pay, without a figure, has no
		// amount to give; a word the other sections use is no such extra.
		{all, "orbital chefs: what's the isolation bonus amount?", []string{"nothing on the amount of the isolation bonus"}, []string{"$87,500"}},
		{shipped, "how much data does the system design prompt assume?", []string{"1TB"}, []string{"nothing on"}},
		// "make" before "according to" still asks pay.
		{shipped, "the most an MLE can make according to the guide?", []string{"$300,000"}, nil},
		// A lower-case code set against a state already found is a state;
		// a US city beside a place abroad keeps its state.
		{shipped, "ny vs california MLE pay", []string{"$170,000", "$185,000"}, nil},
		{shipped, "MLE pay: munich vs seattle", []string{"$175,000", "US"}, nil},
		{shipped, "ML engineer pay in Vancouver, Canada", []string{"Canada", "$150,000"}, []string{"Washington"}},
		// A guide's term typed cut short is completed from the guides'
		// terms, and names the one guide that uses it.
		{all, "any interview questions about backprop?", []string{"Machine Learning Engineer"}, nil},
		// Each career's priciest certificate, compared.
		{all, "cheapest cert, orbital chef or ML engineer?", []string{"Orbital Galley Fire Safety costs less: $95"}, nil},
		// What the guide is asked to do ("name", "weigh") is not a thing
		// it lacks; a person who said something is not a job asked about;
		// "pass" is no plural.
		{shipped, "list the tools the guide names for experiment tracking", []string{"MLflow"}, []string{"nothing on"}},
		{shipped, "how does the guide rank certs against hands-on experience?", []string{"helpful rather than required"}, []string{"nothing on"}},
		{shipped, "a recruiter told me MLE pay starts at 120k, true?", []string{"$120,000"}, []string{"no guide"}},
		{shipped, "what's the pass rate of the AWS ML Specialty exam?", []string{"nothing on"}, []string{"no guide"}},
		// VP is an occupation; "headcounts" asks what "headcount" does.
		{shipped, "VP of product pay?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "CA vs NY headcounts for MLEs", []string{"25,000", "12,000"}, []string{"nothing on"}},
		// A line of work said among a guide's own words is a figure of
		// speech; alone, it is the line of work.
		{shipped, "is it more about deploying models and algorithms or mostly plumbing?", nil, []string{"No guide"}},
		{shipped, "is plumbing a good trade?", []string{"No guide"}, []string{"$150,000"}},
		// Words only one guide uses decide whose section is asked; a
		// career's field set against another career is that career.
		{all, "interview practical test for galley cooks?", []string{"Orbital Chef"}, []string{"Dream Cartographer"}},
		{all, "employment in NY: machine learning vs dream mapping?", []string{"12,000"}, nil},
		// "the onsite" is the interview day; "onsite or remote" is a
		// condition of work the guide does not cover.
		{shipped, "what deep dive topics come up at the onsite?", []string{"backpropagation"}, []string{"nothing on"}},
		{shipped, "are MLE jobs onsite or remote?", []string{"nothing on"}, []string{"Interview"}},
		{shipped, "prepping for my MLE loop, what system design questions?", []string{"1TB"}, []string{"nothing on"}},
		// The asker's own job after an age ("a 52 y/o", "45yo") or after
		// "background:" is background, not the job asked about.
		{shipped, "I'm a 52 y/o truck driver. what certs should I get for ML?", []string{"AWS"}, []string{"No guide"}},
		{shipped, "how long is the path? background: 45yo welder, decent at math", []string{"5-8 years"}, []string{"No guide"}},
		// An extra of the pay the guide does not name, beside one it does;
		// a certificate's own word does not hide the extra asked about.
		{all, "is there a relocation bonus for orbital chefs?", []string{"nothing on the relocation bonus"}, []string{"$87,500"}},
		// The asker's impression ("sounds like …") is neither a job nor a
		// thing asked about; a field studied is its occupation's.
		{all, "what's DreamGIS? sounds like a weather app", []string{"Dream Cartographer"}, []string{"nothing on", "No guide"}},
		{all, "what's a decoherence meter? it sounds like something a plumber would use", []string{"Quantum Gardener"}, []string{"No guide"}},
		{shipped, "I'm studying chemistry, what's the job outlook?", []string{"No guide"}, []string{"+36%"}},
		// Every career's certificates ranked, however the superlative is
		// dressed up.
		{all, "the single priciest cert overall?", []string{"Licensed Lucid Surveyor ($640)"}, nil},
		// Schooling asked with something only the path's steps say is the
		// step, not the education fact.
		{shipped, "during my masters should I write papers?", []string{"research track"}, []string{"Typical level"}},
		// Why one state's figure differs from another's is not in the guide.
		{shipped, "why is NY pay lower than CA for MLEs?", []string{"nothing on why the figures differ"}, nil},
		// The national figure asked alone comes without the state table; set
		// against a state it keeps it.
		{shipped, "what's the nationwide median for MLEs?", []string{"$150,000"}, []string{"$185,000"}},
		// A clock time asks about the working day; "sucks" asks what is
		// hard; "what kind of person does well" asks who the job suits;
		// occupations' acronyms in capitals (OT, SLP) are occupations.
		{shipped, "MLE at 3pm, what am I doing?", []string{"A day in the life"}, []string{"can't answer"}},
		{shipped, "honestly what sucks about the MLE job", []string{"Challenges"}, []string{"nothing on"}},
		{shipped, "what type of person does well as an ML engineer?", []string{"Who it suits"}, nil},
		{shipped, "SLP pay in New York?", []string{"No guide"}, []string{"$170,000"}},
		// A guide's heading that shares a word with the career's name ("Data
		// engineering") is still a topic when asked about.
		{shipped, "how deep does an MLE need to go on data engineering?", []string{"feature engineering"}, []string{"Job outlook"}},
		// "How big / how many" with one word the guide counts: its line.
		{all, "how big is the dream cartography apprenticeship in map sheets?", []string{"12"}, nil},
		// Conditions the guide does not cover; "enough as a portfolio" is the
		// portfolio; an adjective before its noun is no occupation.
		{shipped, "can I be an MLE with a felony?", []string{"nothing on"}, nil},
		{shipped, "is a kaggle profile enough as a portfolio for MLE roles?", []string{"Portfolio"}, []string{"Job outlook"}},
		{all, "what extra certificate does a quantum gardener need?", []string{"Quantum Gardener"}, []string{"No guide"}},
		// "devs" is chat's short form of developers; a relative's job named
		// by a guide's head noun is another occupation.
		{shipped, "frontend devs in Seattle: median pay?", []string{"No guide for frontend dev"}, []string{"$175,000"}},
		{all, "my aunt is a chef in Florida, what's the pay there?", []string{"No guide"}, []string{"$96,300"}},
		// A field a guide names only with its own qualifier ("quantum
		// horticulture") is, bare, the general field: another occupation's.
		{all, "is a horticulture major worth it?", []string{"No guide"}, []string{"$72,400"}},
		{all, "I have a classical horticulture diploma, can I become a quantum gardener?", []string{"Quantum Gardener"}, []string{"No guide"}},
		// A field studied in the sentence before is what a career-less
		// question after it asks about; skills or certs "for" a line of work
		// are that work's, unless it is a guide's own heading.
		{shipped, "My son is studying pharmacy. What certifications will he need?", []string{"No guide"}, []string{"AWS"}},
		{shipped, "what skills do you need for welding?", []string{"No guide"}, []string{"Python"}},
		{shipped, "what skills for data engineering does an MLE need?", []string{"feature engineering"}, []string{"No guide"}},
		// A permit is named by its capitalised name, not by the licence
		// line's other words; a detail it lacks is said of the permit.
		{all, "dream mapping: how long is the field survey apprenticeship?", []string{"18 months"}, []string{"that detail"}},
		{all, "how long is the quantum greenhouse operator permit valid?", []string{"Quantum Greenhouse Operator Permit"}, []string{"Required:"}},
		// A line of work set against a guide's career is another occupation.
		{shipped, "ML engineering or welding, which one pays better?", []string{"No guide for welder"}, nil},
		// A relative's long-held job is theirs, not the asker's background.
		{shipped, "my mom has been a bus driver for 15 years, what's the pay like?", []string{"No guide"}, []string{"$150,000"}},
		// "What does a day look like for a …" is no aside: the job is asked.
		{shipped, "what does a day look like for a radiographer?", []string{"No guide"}, []string{"Morning"}},
		// A state's nickname in lower case ("keystone state") is the state,
		// not a city.
		{shipped, "keystone state MLE salary", []string{"Pennsylvania"}, []string{"not by city"}},
		// A job named in passing and then asked about is what is asked; a
		// career described beside another is compared with it.
		{shipped, "I'm an ML engineer, my wife is a pharmacist. what certs do pharmacists need?", []string{"No guide"}, []string{"AWS"}},
		{all, "people who survey dreams vs the ones who build ml models: more jobs in new york?", []string{"Dream Cartographer vs Machine Learning Engineer"}, nil},
		// /salary with an occupation named by its head noun has no guide;
		// words only one guide uses decide whose certificate is asked.
		{shipped, "/salary research-scientist", []string{"No guide"}, []string{"US state"}},
		{all, "what certificate is needed before the first flight?", []string{"Orbital Chef"}, []string{"Quantum Gardener"}},
		// Chat shorthand: "prod" is production.
		{shipped, "what usually breaks when models move to prod", []string{"production"}, []string{"nothing on prod"}},
		// "make" before an adverb that ends the question is pay.
		{all, "what does a dream cartographer make nationally?", []string{"$98,600"}, nil},
		// A short "which" question and the careers it chooses between are
		// one question, not two.
		{all, "which has more openings, quantum gardener or dream cartographer?", []string{"Quantum Gardener has more openings"}, nil},
		{shipped, "quick question: is the field growing?", []string{"+36%"}, []string{"Interview"}},
		{shipped, "how many certifications does an ML engineer have to choose from", []string{"lists 4 certifications", "Databricks"}, nil},
		{all, "is there some bonus for orbital chefs?", []string{"isolation bonus", "$87,500"}, []string{"nothing on"}},
		// Another kind of cook than the guide's zero-g cook is another occupation.
		{all, "grill cook wages at a normal restaurant", []string{"no guide"}, []string{"$87,500"}},
		// A goal before "I'm" is not the asker's own job.
		{shipped, "I'm curious about becoming an actuary, what's the pay", []string{"no guide"}, []string{"$150,000"}},
		// "the interview process" is the whole section, not the passage on
		// data processing.
		{shipped, "how does the interview process go for MLEs?", []string{"ML system design", "Coding"}, nil},
		// A label's span of time ("Resupply every 90 days") is not a word the
		// question must say.
		{all, "how frequently are orbital chefs resupplied?", []string{"90 days"}, nil},
		// "…, or …" offers the other answer to the same question.
		{shipped, "are certs renewable, or are they valid for life?", nil, []string{"Your questions"}},
		// Sums over structured facts are computed; a national total the
		// guide lacks is refused, saying how many states it has figures for
		// (no sum of them, which would pass for the national count).
		{shipped, "what do the ML certifications cost combined?", []string{"together cost $800"}, nil},
		{shipped, "sum of ML engineers employed over the listed states?", []string{"50,000", "no national total"}, nil},
		{shipped, "how many ML engineers are employed nationwide altogether", []string{"nothing on", "4 states only"}, []string{"50,000"}},
		// A guide that mentions an occupation ("part cook, part food
		// scientist") never gives figures for it.
		{all, "research scientist salary in CA", []string{"no guide"}, []string{"$104,900", "$185,000"}},
		// A choice between a guide's career and one with no guide, which the
		// guide never mentions, is refused rather than half answered.
		{shipped, "would being a pharmacist or an MLE be better for me?", []string{"no guide for pharmacist"}, []string{"Key takeaways"}},
		// A career and a place, nothing else asked, is a question of pay.
		{all, "orbital chef in Florida?", []string{"$96,300"}, nil},
		{shipped, "MLE boston how much", []string{"$165,000"}, nil},
		// No career named and nothing in any guide: said of the guides.
		{all, "my neighbour's dog barks all night, what do I do", []string{"guides have nothing on"}, []string{"guide has nothing on", "You didn't name a career"}},
		// An occupation weighed in a sentence about the asker is what the
		// question after it asks about; one only mentioned is background.
		// Acronyms of occupations (CPA, CEO) are occupations.
		{shipped, "I'm thinking about accounting; is getting a CPA worth it?", []string{"no guide"}, []string{"Step 1", "$150,000"}},
		{shipped, "what does a CFO earn", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "I'm 45, an accountant with a CPA. I know Excel and some SQL. How long would the full path take?", []string{"5-8 years"}, []string{"no guide"}},
		// Words only one guide uses name its career, however often it uses
		// them; a word rare among sections but common to every guide does not.
		{all, "for the dream map job, how soon after waking do you have to draw everything", []string{"90 minutes"}, []string{"Machine Learning"}},
		// "The least time" ranks every career by the time to get in.
		{all, "Which of these careers takes the least time to get into?", []string{"Quantum Gardener is the quickest", "6-7 years"}, nil},
		// No career named, and the thing asked about is in no guide.
		{all, "I want to make maps for video games. What's the career path?", []string{"nothing on video games"}, []string{"oneirography"}},
		// The rest of a long message says which career its last question means.
		{all, "long story but i've been a line cook in miami for 2 years and my buddy says space stations are hiring cooks. what's the pay in florida", []string{"$96,300"}, []string{"Quantum Gardener", "no guide"}},
		// A verb after an auxiliary and its subject, with an object, is the
		// way to what is asked; "how do … negotiate" and "can I retake it?"
		// ask about the verb itself.
		{shipped, "Which areas of math should I really dig into for machine learning engineering?", []string{"linear algebra"}, []string{"nothing on"}},
		{shipped, "By what percentage does Massachusetts beat the national ML engineer median?", []string{"+10%"}, []string{"nothing on"}},
		{all, "How do orbital chefs negotiate their pay?", []string{"nothing on"}, nil},
		// The occupation's own noun must be in the guide, not only its stem.
		{all, "What's the career path for an AI researcher?", []string{"no guide"}, []string{"5-8 years"}},
		// The head of a compound is its last noun: "AI stocks" are stocks.
		{shipped, "Which AI stocks should I buy this year?", []string{"nothing on"}, []string{"Cloud"}},
		// A later part of a message that names no topic asks about the one
		// before; a part with a fact of its own does not.
		{shipped, "is there an aws cert for ml? price?", []string{"$300"}, []string{"can't answer"}},
		{all, "space chef: median pay, growth rate, and the one cert that's required?", []string{"$87,500", "Microgravity Food Safety"}, []string{"can't answer"}},
		// A count with words between the number and the noun is a count.
		{all, "how many sheets do you need in the dream cartography apprenticeship", []string{"12"}, []string{"nothing on"}},
		// "LA" in chat is Los Angeles; Louisiana by name, and /salary LA, stay
		// Louisiana. "The Bay State" is Massachusetts, not "the bay".
		{all, "What does an orbital chef make in LA?", []string{"$104,900", "Los Angeles is in California"}, []string{"Louisiana"}},
		{all, "orbital chef salary in Louisiana", []string{"Louisiana"}, []string{"$104,900"}},
		{shipped, "What's the pay for ML engineers in the Bay State?", []string{"$165,000"}, []string{"$185,000"}},
		// "get fluent" asks what to get fluent in.
		{shipped, "what should i get fluent in during my cs degree for ml engineering", []string{"data structures"}, nil},
		// "tech" before a section's word is a modifier, not an employer; "typical" is a hedge.
		{shipped, "What's the typical tech stack for an ML engineer?", []string{"PyTorch"}, []string{"can't answer", "company"}},
		// An occupation in an analogy ("like the PE for civil engineers") is
		// not one asked about.
		{shipped, "Is there a licensing exam for ML engineering, like the PE for civil engineers?", []string{"Not required"}, []string{"no guide"}},
		// Someone else's goal is weighed like the asker's.
		{shipped, "My daughter wants to be a dentist. How many years of school will she need?", []string{"no guide"}, []string{"5-8 years"}},
		{shipped, "My daughter starts college next fall and wants to become a machine learning engineer. What should she major in?", []string{"computer science"}, []string{"no guide"}},
		// No career and nothing a guide could answer: not "which career?".
		{all, "What's the capital of Australia?", []string{"nothing on that"}, []string{"Which career"}},
		// Two careers set side by side on time or growth: the one that wins
		// is said first, and is the answer's career.
		{all, "which needs more schooling: orbital chef or dream cartographer", []string{"Dream Cartographer takes longer to get into: 6-7 years"}, nil},
		{all, "more openings per year: quantum gardener or dream cartographer?", []string{"Quantum Gardener has more openings a year: 3,170"}, nil},
		{all, "Dream cartographer vs orbital chef — which field is growing faster?", []string{"Dream Cartographer is growing faster: +22%"}, nil},
		// A kind of job named by a noun is another occupation even where a
		// guide uses the job's word in a name of its own ("Quantum
		// Greenhouse Operator Permit").
		{all, "machine operator jobs, what's the pay", []string{"no guide"}, []string{"$150,000"}},
		// "hiring" alone does not make a question about interviews: the job
		// market is the outlook; "worst part" is the challenges.
		{shipped, "is the MLE job market saturated or are they still hiring a lot", []string{"+36%"}, []string{"ML system design"}},
		{all, "worst part of being a quantum gardener?", []string{"light"}, []string{"can't answer"}},
		// The top of the national range is the range, not a threshold over
		// the states; asked of the states, it is.
		{shipped, "can u really make 300k+ as an ML engineer or is that hype", []string{"$120,000 – $300,000+", "experience"}, []string{"None of the 4 states"}},
		{shipped, "which states pay ML engineers over 300k", []string{"None of the 4 states"}, nil},
		// Kinds of a guide's job and lines of work no guide speaks of.
		{shipped, "How do I become a prompt engineer?", []string{"no guide for prompt engineer"}, []string{"5-8 years"}},
		{shipped, "How do I become an AI ethicist?", []string{"no guide"}, []string{"5-8 years"}},
		{shipped, "How do I get into cybersecurity?", []string{"no guide for cybersecurity"}, []string{"5-8 years"}},
		{shipped, "How do I break into investment banking?", []string{"no guide"}, []string{"5-8 years"}},
		{shipped, "How hard is nursing school?", []string{"no guide"}, []string{"Master's"}},
		{shipped, "how do I get into ML engineering?", []string{"5-8 years"}, []string{"no guide"}},
		{all, "which of the careers can I get into fastest", []string{"Quantum Gardener"}, []string{"no guide"}},
		// Acronyms of occupations in capitals; "rn" in lower case is "right now".
		{shipped, "how much does an RN make in california", []string{"no guide for registered nurse"}, []string{"$185,000"}},
		{shipped, "what should i learn rn for ML engineering", nil, []string{"no guide"}},
		// Figures compared with an occupation that has no guide: refused,
		// with the guide's own figure for what it is worth.
		{shipped, "Which pays more, ML engineer or dentist?", []string{"no guide for dentist", "$150,000"}, nil},
		{all, "Dream cartographer or GIS analyst: which has better job growth?", []string{"no guide for GIS analyst", "+22%"}, nil},
		// A guide's career as the asker's background, another occupation as
		// the goal: the goal is what is asked about.
		{shipped, "I've been an ML engineer for six years and I'm burned out. I want to become a high school math teacher instead. What certification do I need?", []string{"no guide"}, []string{"AWS"}},
		{shipped, "I'm a nurse and I want to become an ML engineer, what cert do I need?", []string{"AWS"}, []string{"no guide"}},
		{all, "I did a culinary arts diploma and worked a line for two years. Now I'd like to become a food truck owner. How much can I make?", []string{"no guide"}, []string{"$87,500"}},
		// A job described by what its people do: another occupation when the
		// description names things no guide uses; "who cook" is a verb.
		{all, "How do I become someone who fixes teeth?", []string{"no guide"}, []string{"Step"}},
		{all, "the folks who cook in space, what do they make", []string{"$87,500"}, []string{"no guide"}},
		{shipped, "How do I become the person who designs buildings?", []string{"no guide"}, []string{"Step"}},
		{all, "What's the typical pay for someone who tends entangled orchards?", []string{"$72,400"}, []string{"no guide"}},
		{shipped, "I studied computer science and took some machine learning courses, but honestly I'd rather be a park ranger. How do I become one?", []string{"no guide"}, []string{"Step"}},
		// The job of a goal's verb ("like to teach" → teacher) when no guide
		// uses the verb; what something includes is what is asked about.
		{shipped, "I'd like to teach high school math, what qualifications do I need?", []string{"no guide for teacher"}, []string{"Master's"}},
		{shipped, "Does the ML path include an internship?", []string{"nothing on"}, []string{"Step 1"}},
		{all, "do quantum greenhouses offer a pension or 401k?", []string{"Quantum Gardener guide has nothing on pension"}, nil},
		{shipped, "my goal is to design recommendation systems", nil, []string{"nothing on"}},
		// A word no dictionary or guide knows where a job's name goes is a
		// job the guides do not cover; a question about jobs stays one.
		{shipped, "barista pay, is it livable?", []string{"no guide for barista"}, []string{"$150,000"}},
		{all, "devops salary washington", []string{"no guide for devops"}, []string{"$175,000"}},
		{shipped, "Is the machine learning field going to keep adding jobs?", []string{"+36%"}, []string{"no guide"}},
		{shipped, "truck drivers' salaries — how much per year?", []string{"no guide"}, []string{"$150,000"}},
		{all, "what do people who study sleep in a lab get paid?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "is AI ethicist an actual job and what does it pay", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "how much do outlier/scale ai trainers make per hour", []string{"no guide"}, []string{"$150,000"}},
		// Words of a clause that asks nothing are context, not a detail
		// the guide lacks; a clause with a goal asks.
		{shipped, "Leaving California aside, what's the best-paying state for ML engineers?", []string{"Washington"}, []string{"nothing on"}},
		{shipped, "For a workshop slide: what is the second-highest paying state for ML engineers, and its median?", []string{"$175,000"}, []string{"nothing on"}},
		{shipped, "my wifi keeps dropping every 10 min, how do i fix it", []string{"nothing on"}, nil},
		{shipped, "I want to make maps for video games. What's the career path?", []string{"nothing on"}, []string{"5-8 years"}},
		// A permit asked about is the permit, not a certificate that shares a word.
		{all, "how much is the permit for growing plants in superposition?", []string{"$85"}, []string{"$450"}},
		// No career named and no intent: a thing no guide knows, beside a
		// word or two of one guide, is not that guide's topic.
		{all, "recipe for banana bread pls", []string{"nothing on"}, []string{"Orbital Chef guide"}},
		{all, "why is the salt liquid in the kitchen on a space station?", nil, []string{"nothing on"}},
		// Shorthand for jobs and languages; a career's name cut short is not
		// another job; a vendor's certificate named after a job is a
		// certificate; a background career gives way to the goal in a
		// message of several questions too.
		{shipped, "data eng vs mle pay", []string{"no guide for data engineer"}, nil},
		{shipped, "sre salary 2025", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "what lang for mle", []string{"Python"}, []string{"can't answer"}},
		{all, "dream cartog pay in ny", []string{"$121,700"}, []string{"no guide"}},
		{shipped, "I already have the AWS Solutions Architect cert from my cloud job. If I want an ML cert on AWS too, what's it called and what does it cost?", []string{"AWS Machine Learning Specialty", "$300"}, []string{"no guide"}},
		{shipped, "I'm an ML engineer thinking about becoming a data engineer instead. What do data engineers make and how long does it take to switch?", []string{"no guide for data engineer"}, []string{"$150,000"}},
		{shipped, "What are the biggest challenges machine learning engineers face?", []string{"Data quality"}, []string{"can't answer"}},
		{shipped, "My son is 16 and loves computers. Should he become a cybersecurity analyst instead of an ML engineer? Which one pays better?", []string{"no guide"}, nil},
		// A switcher's question sentence is read for what it asks.
		{shipped, "I'm a teacher switching into ML engineering. Do ML engineers get a signing bonus?", []string{"nothing on signing bonus"}, []string{"Step 1"}},
		{shipped, "I'm a QA tester. How would I move into ML engineering?", []string{"5-8 years"}, []string{"nothing on"}},
		{shipped, "what's the pay for teaching kids?", []string{"no guide for teacher"}, []string{"$150,000"}},
		{all, "what's the pay for cooking in space", []string{"$87,500"}, []string{"no guide"}},
		// What to study at a stage is that step of the path.
		{shipped, "what should I study in undergrad if I want to be an ML engineer later", []string{"Step 1", "linear algebra"}, nil},
		{shipped, "in grad school for ML engineering what should I focus on", []string{"Step 2"}, nil},
		// A noun after one of the guide's labels asks what that passage
		// lists; a verb after a certificate's name asks about the verb.
		{shipped, "Which deep learning architectures should a would-be MLE be comfortable with?", []string{"Transformers"}, []string{"nothing on"}},
		{shipped, "which deep learning stuff should I know, like architectures", []string{"Transformers"}, []string{"nothing on"}},
		{shipped, "Does the TensorFlow Developer Certificate expire?", []string{"nothing on"}, nil},
		// A question for a number gets the one line that gives it.
		{all, "How often do fresh groceries arrive for an orbital chef?", []string{"90 days"}, []string{"nothing on"}},
		{all, "How soon after waking does a dream cartographer need to get the map down?", []string{"90 minutes"}, nil},
		{shipped, "Once I have the Databricks ML Associate, how do I renew it and how often?", []string{"nothing on"}, nil},
		// A guide's own job word with words only that guide uses is that
		// guide, even for figures; a kind of it, or "normal", is not.
		{all, "What's the outlook for the cooks who feed crews on orbital stations?", []string{"+9%"}, []string{"no guide"}},
		{all, "what certification do I need before I can cook in orbit", []string{"Microgravity Food Safety"}, []string{"no guide"}},
		{all, "cartographer salary? normal maps, not dreams", []string{"no guide"}, []string{"$98,600"}},
		{all, "how much do pastry chefs make", []string{"no guide"}, []string{"$87,500"}},
		// "OK" opening a message is a word, not Oklahoma; "what does X
		// actually do?" is the overview; a summary asked "in a couple of
		// lines" is the overview too; a channel named is not a job.
		{all, "OK this is going to sound weird, but what does a dream cartographer actually do?", []string{"Dream cartographers"}, []string{"Oklahoma", "can't answer"}},
		{shipped, "My mum wants to know what I'm getting myself into. Can you sum up the ML engineer career in a couple of lines?", []string{"production"}, []string{"nothing on"}},
		{shipped, "What tasks fill an ML engineer's typical workday?", []string{"pipeline"}, []string{"nothing on"}},
		{shipped, "Someone in #general said ML engineers earn 150k. Is that right?", []string{"$150,000"}, []string{"no guide for general"}},
		// "Is working as a … a good job?" asks about the job, not the asker's.
		{all, "Is working as a cruise ship chef a good job?", []string{"no guide for ship chef"}, []string{"Key takeaways"}},
		{shipped, "Are there more ML engineers working in New York or in Washington state?", []string{"New York employs more"}, nil},
		// A kind of work no guide names; a task asked of the bot.
		{shipped, "How do I get into instructional design?", []string{"no guide for instructional design"}, []string{"5-8 years"}},
		{shipped, "can you write me a python function that reverses a linked list", []string{"can't answer"}, []string{"Interview"}},
		{shipped, "how do I get into system design interviews", []string{"ML system design"}, []string{"no guide"}},
		{all, "I run a garden centre in Ghent. What on earth is a quantum gardener?", []string{"superposition"}, []string{"can't answer"}},
		{all, "What's 17% of 2,400?", []string{"can't answer"}, []string{"Which career"}},
		{shipped, "3D modelers — what's the salary like?", []string{"no guide"}, []string{"$150,000"}},
		{all, "the job where you train neural networks and serve models to millions of users: what's the job growth?", []string{"+36%"}, []string{"no guide"}},
		{all, "explain quantum entanglement like I'm five", []string{"can't answer"}, []string{"Quantum Gardener guide"}},
		{shipped, "What does a learning and development specialist do?", []string{"no guide"}, []string{"TensorFlow"}},
		{all, "What does the crumb vortex hood do?", []string{"Crumb Vortex Hood"}, []string{"no guide"}},
		{shipped, "Mid-30s dad of two here, warehouse supervisor in Texas making about $45k. Per the guide, how many years would it take to become an ML engineer?", []string{"5-8 years"}, []string{"Texas"}},
		{shipped, "I'm torn between becoming an ML engineer or an actuary. What's the job growth outlook for each?", []string{"no guide for actuary", "+36%"}, nil},
		{all, "What does it mean when I dream about falling?", []string{"can't answer"}, []string{"Key takeaways"}},
		// Certificates of two careers, named or required: both, priced.
		{all, "compare the core cert prices: Licensed Lucid Surveyor vs Microgravity Food Safety Certificate", []string{"$640", "$520", "Licensed Lucid Surveyor costs more"}, nil},
		{all, "dream mapper vs space chef: which one's required cert costs more?", []string{"$640", "$520"}, nil},
		// "When" gets the one line that says when.
		{all, "When does most quantum gardener hiring happen?", []string{"spring"}, []string{"Practical test"}},
		{all, "How many crew members does an orbital chef cook for?", []string{"seven"}, []string{"no guide"}},
		{all, "What equipment do orbital chefs cook with?", []string{"Centrifuge Oven"}, nil},
		{all, "What safety gear do dream cartographers carry?", []string{"Nightmare Tether"}, nil},
		// A person noun named as a line of work is an occupation.
		{shipped, "how would I go about becoming a philosopher?", []string{"no guide"}, []string{"5-8 years"}},
		{shipped, "activist career outlook?", []string{"no guide"}, []string{"+36%"}},
		// A relational adjective names a kind of job; "senior" only qualifies.
		{shipped, "how do I become a structural engineer", []string{"no guide for structural engineer"}, []string{"5-8 years", "Step 1"}},
		// People in the asker's life and ways of addressing the reader are
		// not occupations asked about.
		{shipped, "my boss says she'll pay for the TensorFlow cert, what does it cost", []string{"$100"}, []string{"no guide"}},
		{shipped, "what's the median pay for MLEs in Toronto, Canada, buddy?", []string{"$150,000", "for the US"}, []string{"no guide"}},
		// An exam's pass mark is not in the guide.
		{shipped, "passing score on the Databricks ML Associate?", []string{"nothing on the pass mark"}, nil},
		// "also can I …" asks a question of its own; "it" is the certificate named before.
		{shipped, "salary in Seattle? also can I do it part time?", []string{"$175,000", "nothing on"}, nil},
		{shipped, "How much is the Google Professional ML Engineer cert, and does it expire?", []string{"$200", "nothing on"}, nil},
		// A verb after "to" is not a topic: "needed to practise as".
		{shipped, "is a licence needed to practise as an MLE?", []string{"Not required"}, []string{"nothing on"}},
		// What is already done is skipped: the steps after it.
		{shipped, "Finished my PhD last year. What's left before I can work as an MLE?", []string{"Step 3", "6-12 months", "Step 4"}, []string{"Step 1:"}},
		{all, "once I finish my culinary diploma, what's next for the orbital chef route?", []string{"Past Step 1", "Step 2", "Step 4"}, nil},
		// "at spacex" is an employer, not a typo of "space"; "total time" is
		// how long.
		{all, "orbital chef at spacex how much", []string{"$87,500", "compan"}, nil},
		{shipped, "ML engineer total time needed?", []string{"5-8 years"}, nil},
		// How the answer should be put is not a topic; a liking is not a goal.
		{shipped, "what's an MLE, in layman's terms?", []string{"production"}, []string{"nothing on"}},
		{shipped, "ELI5 what an ML engineer does", []string{"production"}, []string{"can't answer"}},
		{shipped, "I collect vinyl and love chess puzzles. Would ML engineering suit someone who enjoys math?", []string{"math"}, []string{"nothing on"}},
		// A size the guide gives only when it counts the thing.
		{shipped, "how large are MLE teams at most places?", []string{"nothing on how big teams"}, nil},
		{all, "what size is the crew orbital chefs feed?", nil, []string{"nothing on"}},
		// A career's name is a subject: "an orbital chef cooks" is a verb;
		// a state is not: "Texas nurses" are nurses.
		{all, "how many people does an orbital chef cook for", nil, []string{"no guide"}},
		{shipped, "what do Texas nurses earn", []string{"no guide"}, []string{"$150,000"}},
		// The guide names no schools, books or podcasts; examples stay with
		// their question.
		{shipped, "any good podcasts for aspiring MLEs?", []string{"nothing on which podcasts"}, nil},
		{shipped, "which textbooks, such as Bishop or Murphy, are best for ML engineers?", []string{"nothing on which textbooks"}, []string{"Your questions"}},
		{shipped, "what should I study at university to become an MLE?", nil, []string{"nothing on"}},
		// "growth rate" is the growth; "how much for" certificates is their
		// cost; "ca or ma" are states; a named permit's cost is not given.
		{shipped, "mle growth rate over the decade?", []string{"+36%"}, []string{"nothing on"}},
		{shipped, "how much for the whole set of ML certs combined", []string{"$800"}, nil},
		{shipped, "ca or ma mle pay", []string{"$185,000", "$165,000"}, nil},
		{all, "what does the shared dreamspace permit cost", []string{"nothing on what the licence or permit costs"}, nil},
		{all, "which careers here pay well in florida", []string{"Only the Orbital Chef guide", "$96,300"}, nil},
		// The guide's own comparison needs no "no guide" note; a place in the
		// background sentence holds for the question.
		{shipped, "how is an ML engineer different from a data scientist?", []string{"data scientist"}, []string{"no guide"}},
		{shipped, "I live in Lagos and teach maths. What would an MLE make where I live?", []string{"$150,000", "for the US"}, nil},
		// Sums, greetings to everyone and "for MLE jobs" as context.
		{shipped, "what's 12 plus 30?", []string{"only answer career questions"}, nil},
		{shipped, "hello everybody", []string{"Hi!"}, nil},
		{shipped, "are portfolios on github important for MLE jobs", []string{"GitHub"}, []string{"20,800"}},
		{shipped, "do you need a licence or a PhD to be an MLE", []string{"License", "Education"}, nil},
		// A statement about the asker's schooling is background.
		{shipped, "Chemistry master's from 2021. Worked in a lab since. What's the route into ML engineering?", []string{"Step"}, []string{"nothing on"}},
		// The work of another occupation named as a line of work; everyday
		// verbs ("growing career") name no work.
		{shipped, "are plumbing jobs well paid?", []string{"no guide for plumber"}, []string{"$150,000"}},
		{shipped, "software engineering as a career vs this?", []string{"no guide"}, nil},
		{shipped, "is ML engineering a growing career?", []string{"+36%"}, []string{"no guide"}},
		// The people a job serves are not the job asked about; the pay for
		// nurses is.
		{all, "what's the job growth for cooking food for astronauts", []string{"+9%"}, []string{"no guide"}},
		{shipped, "what's the pay for nurses", []string{"no guide"}, []string{"$150,000"}},
		// "growing plants" grows a thing; "a growing field" is the outlook.
		{all, "for the job growing plants in superposition what degree is needed", []string{"Associate"}, []string{"+14%"}},
		// Two cities, the catch, a claim to check, a question put as "I'm
		// curious", a background that starts with the asker's job.
		{shipped, "Boston or NYC for MLE pay?", []string{"$165,000", "$170,000"}, []string{"nothing on"}},
		{shipped, "what are the drawbacks of being an ML engineer", []string{"Data quality"}, nil},
		{shipped, "A friend says there are 36% more MLE jobs coming over ten years. Correct?", []string{"+36%"}, nil},
		{shipped, "Accountant here. I'm curious what ML engineers do in the morning.", []string{"monitoring dashboards"}, []string{"can't answer"}},
		{shipped, "how do I make my MLE application stand out", []string{"GitHub"}, nil},
		// Degrees and required certifications listed across careers; "how
		// much would I get" is pay.
		{all, "which of these careers need a degree?", []string{"Education by career", "Bachelor", "Master"}, nil},
		{all, "which careers require a certification?", []string{"Certification requirements by career", "Microgravity Food Safety Certificate"}, nil},
		{shipped, "how much would I get as an MLE in Boston", []string{"$165,000"}, nil},
		// A label's short description names it: "feature stores" are
		// Feast/Tecton.
		{shipped, "any feature stores in the MLE guide?", []string{"Feast"}, nil},
		// "how soon" is a duration; the data's source; two states compared;
		// qualifications are education.
		{shipped, "what SOC code are the pay figures based on?", []string{"15-2051"}, nil},
		{shipped, "where does the MLE info come from", []string{"Hakia"}, nil},
		{all, "Florida vs Alabama for orbital chefs?", []string{"$96,300", "$83,100"}, nil},
		{all, "what qualifications does a quantum gardener need?", []string{"associate"}, []string{"nothing on"}},
		// "Does Massachusetts pay MLEs the most?" is answered by the ranking.
		{shipped, "does Massachusetts pay MLEs the most?", []string{"California", "$185,000"}, nil},
		// A goal before "where do I start" is not the asker's own job.
		{all, "I'd love to be a pastry chef. Where do I start?", []string{"no guide for pastry chef"}, []string{"Microgravity"}},
		// A job in a less frequent sense, named with another noun.
		{shipped, "crane operator salary in Texas", []string{"no guide for crane operator"}, []string{"$150,000"}},
		{shipped, "which large language model should an MLE learn to fine-tune?", nil, []string{"no guide"}},
		// A claimed span is a duration question; a background sentence with a
		// job and no question; "isn't" is "is not".
		{shipped, "my cousin says the production ML step is only 2 months. right?", []string{"6-12 months"}, nil},
		{shipped, "Game designer, 6 years of Unity. People say ML work isn't mostly modelling. How much of it is data pipelines?", []string{"80%"}, []string{"no guide"}},
		// A guide asked for by name; a city beside a state; labels read with
		// the guides' abbreviations spelled out.
		{shipped, "do you have a guide for tattoo artists?", []string{"no guide for tattoo artists"}, nil},
		{shipped, "anything on dentistry?", []string{"no guide for dentistry"}, nil},
		{shipped, "do you have info on certifications?", []string{"AWS Machine Learning Specialty"}, []string{"no guide"}},
		{shipped, "moving from CA to Boston, how does MLE pay compare", []string{"$185,000", "$165,000"}, nil},
		{shipped, "what's GCP Vertex AI for?", []string{"Google"}, nil},
		// "what else to learn" is the part whose heading starts with "learn";
		// a label beats the section BM25 picks when no career is named.
		{shipped, "I can code in Python already. What else should I learn for MLE?", []string{"PyTorch or TensorFlow"}, nil},
		{all, "what is the crumb vortex hood", []string{"Galley hardware"}, nil},
		// A description names the career; the question asks the time. "Best
		// case" is how to read the answer, not a topic.
		{all, "the job where you map dreams for sleep clinics: how many years to get into it?", []string{"6-7 years"}, nil},
		{all, "best case, which career is quickest to get into?", []string{"Quantum Gardener is the quickest"}, nil},
		// A label named by a word no other passage has ("SageMaker").
		{shipped, "is sagemaker worth learning?", []string{"AWS SageMaker"}, nil},
		// Fields named as lines of work, lead-ins, years the guide has no
		// figures for, and a question after /salary's state.
		{shipped, "what's the outlook in plumbing?", []string{"no guide for plumber"}, []string{"+36%"}},
		{shipped, "for context: I'm in Boston. what do MLEs make here", []string{"$165,000"}, []string{"nothing on"}},
		{shipped, "MLE median salary in 2015?", []string{"nothing on pay in 2015"}, nil},
		{shipped, "/salary ca how many are employed there", []string{"25,000"}, []string{"no guide"}},
		// Pay idioms, lead words that say how to read the answer, a company
		// named in capitals, the data's job category, a cost verb.
		{shipped, "what does an MLE bring home in a year?", []string{"$150,000"}, []string{"nothing on"}},
		{shipped, "from scratch, how many years to become an MLE?", []string{"5-8 years"}, []string{"nothing on"}},
		{shipped, "how much would Netflix pay an ML engineer?", []string{"$150,000", "compan"}, []string{"no guide"}},
		{shipped, "which job category are the MLE employment figures from?", []string{"15-2051"}, nil},
		{shipped, "with $150 which ML certs can I afford?", []string{"$100"}, []string{"nothing on"}},
		// "between X and Y" is one question; two certificates named get both;
		// the people who hire are not a job asked about.
		{shipped, "what's the pay gap between NY and WA for MLEs", []string{"$170,000", "$175,000"}, []string{"Your questions"}},
		{shipped, "compare the Databricks and TensorFlow certs", []string{"$200", "$100"}, nil},
		{all, "my mate says space stations are hiring cooks, what's the orbital chef pay in Florida", []string{"$96,300"}, []string{"no guide"}},
		// A shorthand typed with a mark inside ("w/o") is read as one.
		{shipped, "can u get hired w/o a degree as an MLE", []string{"Without a degree?"}, []string{"Step 2"}},
		{shipped, "software devs - can u get hired w/o a degree?", []string{"no guide"}, []string{"Without a degree?"}},
		// Messages in other languages the translation table knows are read
		// in English; a job in their words with no guide is still refused.
		{shipped, "cuánto gana un ingeniero de machine learning en California?", []string{"$185,000"}, []string{"no guide"}},
		{shipped, "Wie viel verdient ein ML engineer in Deutschland?", []string{"$150,000", "US"}, []string{"no guide"}},
		{shipped, "quanto ganha um engenheiro de ML no Brasil?", []string{"$150,000", "Brazil"}, []string{"no guide"}},
		{shipped, "entrevista para ML engineer, ¿qué preguntas suelen hacer?", []string{"Interview"}, []string{"no guide"}},
		{shipped, "¿cuánto gana un jardinero?", []string{"no guide for gardener"}, []string{"$150,000"}},
		{shipped, "Wie viel verdient ein Softwareentwickler in Deutschland?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "salario de un ingeniero de datos en California?", []string{"no guide"}, []string{"$185,000"}},
		{shipped, "Welcher Bundesstaat hat die wenigsten ML Engineers beschäftigt?", []string{"Massachusetts"}, []string{"no guide"}},
		{shipped, "Nueva York o California, ¿dónde paga más un ML engineer?", []string{"$185,000", "$170,000"}, []string{"no guide"}},
		{shipped, "Gehalt als ML Engineer in Berlin?", []string{"$150,000", "US"}, []string{"no guide"}},
		{all, "Wie lange dauert die Ausbildung zum Orbital Chef insgesamt?", []string{"4-5"}, []string{"no guide"}},
		{all, "jardinero cuantico en Oregon cuanto gana", []string{"$84,300"}, []string{"no guide"}},
		{all, "cocinero de restaurante en Miami, sueldo?", []string{"no guide"}, []string{"$"}},
		{shipped, "enfermeiras em Nova York ganham quanto?", []string{"no guide"}, []string{"$170,000"}},
		{shipped, "Soy cocinero en Madrid. how much is ML engineer salary in Spain?", []string{"$150,000", "Madrid"}, []string{"no guide"}},
		{all, "wie teuer ist das Zero-G Pastry Endorsement und was bringt es?", []string{"$240"}, []string{"no guide"}},
		{shipped, "se puede ser ML engineer sin titulo universitario? no termine la facu", []string{"degree"}, []string{"no guide"}},
		{shipped, "estudio enfermería, que skills me van a pedir?", []string{"no guide"}, []string{"PyTorch"}},
		{shipped, "qual a certificação mais cara pra ML engineer? vale o preço?", []string{"$300"}, []string{"no guide"}},
		{shipped, "quanto guadagna un ML engineer a Milano?", []string{"$150,000", "US"}, []string{"no guide"}},
		{shipped, "Combien gagne en moyenne un ingénieur en apprentissage automatique aux États-Unis ?", []string{"$150,000"}, []string{"no guide"}},
		{shipped, "infermieri in Massachusetts quanto prendono?", []string{"no guide"}, []string{"$165,000"}},
		{all, "Quantengärtner in Oregon, was verdient man da?", []string{"$84,300"}, []string{"no guide"}},
		{shipped, "dentistry - is it worth it? what's the pay", []string{"no guide"}, []string{"$150,000"}},
		// One word of another language the table holds and English has
		// not, in an English message, is read alone.
		{shipped, "ml engineer gehalt in berlin?", []string{"$150,000", "US"}, []string{"nothing on"}},
		{all, "Quantengärtner Gehalt in Colorado?", []string{"$76,100"}, nil},
		// English with a word or two the table holds stays English.
		{shipped, "biggest time sink for ML engineers?", []string{"80%"}, []string{"nothing on"}},
		{shipped, "como in the lake? lol. what do MLEs make in NY", []string{"$170,000"}, []string{"no guide"}},
		// "make what", a pay band, an onsite (the interview day), how an
		// answer should be put ("in a sentence or two").
		{all, "dream cartographers in chicago make what", []string{"$101,200"}, []string{"can't answer"}},
		{shipped, "what decides where you land in the MLE salary band?", []string{"experience"}, []string{"nothing on"}},
		{shipped, "got an MLE onsite next week, what will they ask me??", []string{"Interview"}, []string{"nothing on"}},
		{shipped, "is the MLE job remote or onsite?", []string{"nothing on"}, nil},
		{shipped, "got an ML eng onsite next week and im panicking, what should i prep", []string{"Interview"}, []string{"nothing on"}},
		{shipped, "what does an ML engineer actually do, in a sentence or two", []string{"production"}, []string{"can't answer"}},
		{shipped, "senior data engineer, 8 yoe — what's the salary band look like?", []string{"no guide for data engineer"}, []string{"$150,000"}},
		// What share of the work one thing is against another; landing a
		// job is getting it; "makes, like …" asks pay.
		{shipped, "how much of ML engineering is actually algorithms vs data pipelines", []string{"80%"}, []string{"Technical skills"}},
		{shipped, "how much time do ML engineers actually spend on algorithms vs pipelines?", []string{"80%"}, nil},
		{shipped, "once I land an ML job what domains can I specialize in", []string{"NLP"}, []string{"$150,000"}},
		{shipped, "whats the low end of the range an ML engineer makes, like starting-ish", []string{"$120,000"}, []string{"Portfolio"}},
		// An amount's unit, laughter, "in the context of", the asker's
		// relatives and "next week" are no topic the guide could lack.
		{shipped, "Can an MLE really earn up to 300k dollars? my uncle says na lie", []string{"$300,000"}, []string{"nothing on"}},
		{shipped, "Hugging Face - what is it, in the context of the tools an ML engineer uses?", []string{"Hugging Face"}, []string{"nothing on"}},
		{all, "What's a lucidity theodolite? Sounds made up, ha.", []string{"Theodolite"}, []string{"nothing on"}},
		// "3 q's:" is a lead-in; chat spellings of "what"; an employer
		// given as an example ("a sleep clinic like Mayo").
		{shipped, "3 q's: 1) best paying state for MLE 2) cheapest cert 3) main programming language", []string{"California", "$100", "Python"}, nil},
		{shipped, "wats the typical pay for ml engineers in the us", []string{"$150,000"}, []string{"nothing on"}},
		{all, "what would a big sleep clinic like Mayo pay a dream cartographer", []string{"$98,600", "Mayo"}, []string{"nothing on"}},
		// An employer of several capitalised words ("Somnia Labs").
		{all, "how much would Somnia Labs pay a dream cartographer", []string{"$98,600", "Somnia Labs"}, []string{"nothing on"}},
		// A section named outright is answered when no passage holds more
		// of the question's words, as long as every word is the guides'.
		{shipped, "what theory should i review before an MLE interview", []string{"Interview"}, []string{"can't answer"}},
		{shipped, "full stack dev skills list?", nil, []string{"PyTorch"}},
		// A verb in a verb's place is still asked about when a certificate is named.
		{shipped, "once you pass the AWS ML Specialty can you renew it online?", []string{"nothing on"}, nil},
		// People told by a group, a stranger or a place before "who" or
		// "that", doing work no guide speaks of, are that work.
		{shipped, "the crews who put solar panels on roofs — good money?", []string{"No guide for crews who put solar panels on roofs"}, []string{"$150,000"}},
		{shipped, "the guy at my gym who writes workout plans for clients — does he need a license?", []string{"No guide for guy at my gym who writes workout plans"}, []string{"License"}},
		{shipped, "the team that keeps our office printers and wifi running — what skills do they need?", []string{"No guide for team that keeps our office printers"}, []string{"PyTorch", "printers and here"}},
		{shipped, "the kid who makes my latte every morning — is that a decent career?", []string{"No guide"}, []string{"standup"}},
		{shipped, "my kid who is 15 wants to build ML systems, what should he study?", nil, []string{"No guide"}},
		// Work told before a question that names no career by its words
		// says which guide it is about; "the other" and "both of those
		// jobs" ask of two careers named.
		// A word no dictionary or guide knows where a job's name goes in a
		// day-in-the-life question; a person's role described and pointed
		// back to ("that job"); a name no dictionary or guide has in what
		// people do.
		{shipped, "What does a day in the life of a barista look like?", []string{"No guide for barista"}, []string{"standup"}},
		{shipped, "what does a barista do all day", []string{"No guide for barista"}, []string{"standup"}},
		{shipped, "the doctor who treats my dog — what's the path to that job?", []string{"No guide for doctor"}, []string{"5-8"}},
		{shipped, "people who build iPhone apps — what do they make?", []string{"No guide for people who build iphone apps"}, []string{"$150,000"}},
		{shipped, "how much math do you need for this? asking as someone who barely passed calc", nil, []string{"No guide"}},
		// A thing before a person word after "the" names a job; "for that in
		// New York" points back at a relative's job; "he" in the question
		// at the relative whose job the message names, unless the
		// question's own words are one guide's.
		{all, "the weather guy on channel 7 — what's his salary likely to be?", []string{"No guide for weather guy"}, []string{"$72,400"}},
		{shipped, "im a numbers guy, what certs help", []string{"Certifications"}, []string{"No guide"}},
		{all, "my cousin's a plumber working for small businesses — what's the median for that in New York?", []string{"No guide for plumber"}, []string{"Orbital Chef salary"}},
		{all, "My husband is a GIS cartographer for the county. What certifications should he get?", []string{"No guide for GIS cartographer"}, []string{"Microgravity Food"}},
		{all, "my son is a line cook who dreams of cooking in orbit. which certificate does he have to pass before his first flight?", []string{"Microgravity Food Safety"}, []string{"No guide"}},
		// People placed by where they work, and techs by what they keep
		// running, are that work; an employer there is not.
		{shipped, "The people behind the counter at the bank — what do they earn in California?", []string{"No guide for people behind the counter at the bank"}, []string{"$185,000"}},
		{shipped, "the people at google, what do they earn", []string{"$150,000"}, []string{"No guide"}},
		{shipped, "the techs who keep the robots running on a car assembly line — how much do they make?", []string{"No guide for techs who keep the robots running\n"}, []string{"$150,000"}},
		// An adverb between a job and its verb ("testers typically earn"),
		// "my X pay" asked of the asker's own job, a job's unknown name
		// before "hours".
		{shipped, "What do testers typically earn in New York?", []string{"No guide for testers"}, []string{"$170,000"}},
		{shipped, "Been a paramedic for 6 years. Any certifications that would bump up my paramedic pay?", []string{"No guide for paramedic"}, []string{"TensorFlow"}},
		{shipped, "what does the Databricks ML Associate cover? is it worth for me, I work with spark already in my data analyst job", []string{"Databricks"}, []string{"No guide"}},
		{all, "My mom is a barista. What are barista hours usually like?", []string{"No guide for barista"}, nil},
		// A guide's own work by its verb in -ing beside a word only that
		// guide uses is that guide's; the plain kind is not.
		{all, "whats the cheapest space cooking cert?", []string{"Orbital Galley Fire Safety"}, []string{"No guide"}},
		{all, "cheapest cert for charting dreamscapes?", []string{"Nightmare Contour Analyst"}, []string{"No guide"}},
		{all, "im into home cooking, whats the pay for a cook", []string{"No guide for cook"}, []string{"$87,500"}},
		// Two careers named by their work on either side of "or"; a verb's
		// object that is also a verb ("tell planes"); "does he need"; work
		// told by where it is done ("works in the clean room making chips").
		{all, "Which pays more nationally, mapping dreams or cooking on a space station?", []string{"$98,600", "$87,500"}, nil},
		{shipped, "What's the salary for the people in the tower who tell planes when they can land?", []string{"No guide for people in the tower who tell planes"}, []string{"$150,000"}},
		{shipped, "My dad repairs AC units and furnaces. What certifications does he need?", []string{"No guide for people who repair ac units and furnaces"}, []string{"TensorFlow"}},
		{shipped, "my brother works in the clean room making chips at intel. what's the median pay for that?", []string{"No guide for people who work in the clean room making chips"}, []string{"$150,000"}},
		{all, "I work in a normal greenhouse. How do I get into growing entangled crops?", []string{"Quantum Gardener"}, []string{"No guide"}},
		// What a story before the question sentence names is not asked; a
		// question that follows another, a wish told before it, a dot
		// inside a name are not a story.
		{shipped, "For a class project at Rutgers we're mapping tech employment in the Northeast, and my group got stuck with machine learning engineers. Our professor wants every number cited. According to your guide, how many ML engineers are employed in New York state?", []string{"12,000"}, []string{"Not in the guide"}},
		{shipped, "do ML engineers usually get signing bonuses? how much?", []string{"nothing on"}, nil},
		{shipped, "I want to make maps for video games. What's the career path?", []string{"nothing on make maps, video, games"}, []string{"5-8"}},
		{shipped, "whats the AWS D1.1 certification cost? for structural welding", []string{"nothing on d1"}, nil},
		// A list of names goes on past "and" ("PyTorch, Ray and Kubeflow
		// every day" is no second question about a day).
		{all, "How long does it take to get into the kind of job where you work with PyTorch, Ray and Kubeflow every day?", []string{"Machine Learning Engineer"}, []string{"Your questions", "by career"}},
		// A relative's career named beside a job the asker weighs is
		// background; "can a barista expect to earn" is a job's slot.
		{shipped, "I'm thinking about becoming an electrician. My brother is a machine learning engineer and keeps bragging about his salary, but I want to work with my hands. What does an electrician make and how long is the apprenticeship?", []string{"No guide for electrician"}, []string{"5-8"}},
		{shipped, "how much can a barista expect to earn?", []string{"No guide for barista"}, []string{"$150,000"}},
		// "extra pay" after "any"/"there" is pay, not a film extra's; a
		// noun before it makes it a job ("warehouse associate pay").
		{all, "Is there extra pay for mapping nightmares? My brother is brave.", []string{"hazard supplement"}, []string{"No guide"}},
		{shipped, "amazon warehouse associate pay per hour", []string{"No guide"}, []string{"$150,000"}},
		// "grew up" is a childhood, not work told; "My partner and I" is one
		// subject, not two questions.
		{all, "I've been a sous chef at a hotel in Orlando for nine years and I grew up watching shuttle launches from my grandparents' porch. Lately I've been reading about people who cook for the crews on orbital stations, and honestly it sounds like the dream job. What does that kind of job pay, median-wise? My wife says I'd miss her too much, but I want to see the number first.", []string{"$87,500"}, []string{"No guide"}},
		{shipped, "My aunt looks after patients on the night shift at the hospital. Does she need a certification to do that?", []string{"No guide for people who look after patients"}, []string{"TensorFlow"}},
		// The dot of "St." ends no sentence.
		{shipped, "I'm the ML person at a logistics company in St. Louis. which tool does the guide suggest for running ML pipelines on kubernetes?", []string{"Kubeflow"}, []string{"No guide"}},
		{shipped, "Hi! I'm a junior in high school in Vermont and I want to be a machine learning engineer. What skills do ML engineers need?", []string{"Skills"}, []string{"Your questions", "Vermont"}},
		// A guide's work by its verb beside the nearest word only that guide
		// uses, across function words, holds for every part of a message.
		{all, "I'm a pastry chef in Chicago and I've heard there's a special add-on credential for baking in zero gravity, in some kind of spinning oven. My bakery boss thinks I'm making this up. What's that endorsement called, what does it cover, and what does it cost?", []string{"Zero-G Pastry Endorsement", "$240"}, []string{"No guide for baker", "Quantum Gardener"}},
		// Work wished for, with its object, asked about by its path, pay or
		// "that", is that work; a guide's own work wished for is the guide's.
		{shipped, "I want to fix cars. How do I get into that?", []string{"No guide for people who fix cars"}, []string{"5-8"}},
		{shipped, "I want to build websites, the front-end stuff. How do I get into that?", []string{"No guide for people who build websites\n"}, nil},
		{shipped, "I want to build ML models. How do I get into that?", []string{"Machine Learning Engineer"}, []string{"No guide"}},
		// A message that opens with the occupation it names asks about it
		// in the question after it.
		{all, "the therapist who helped me with my knee after surgery — how many years of school?", []string{"No guide for therapist"}, []string{"The path into the role"}},
		// Someone described who told the asker what to look into advised;
		// their job is not asked about.
		{all, "I'm a line cook in San Antonio and a customer who works for a launch company told me I should look into cooking in orbit. What are the main challenges of the job?", []string{"Orbital Chef"}, []string{"No guide for customer"}},
		{all, "the guy who painted our house said business is good. what's the outlook for that work?", []string{"No guide"}, []string{"+"}},
		{all, "I graft entangled seedlings. what's the entry-level cert?", []string{"Quantum Gardener"}, []string{"Orbital Chef"}},
		{all, "My twins are arguing: one maps dreams in New York, the other is an ML engineer in New York. Which of them has the higher state median?", []string{"$121,700", "$170,000"}, nil},
		{all, "New York comparison for me and my roommate. He's a lucid dreamer who wants to become a dream cartographer, and I'm a grad student aiming for ML engineering. What are the median salaries for both of those jobs in New York?", []string{"$121,700", "$170,000"}, nil},
	})
}

// Occupations in the forms chat gives them: closed compounds WordNet lacks,
// "X techs", a day "as a" job, people opening a question about their work,
// a described job with its own verb, a relative's job beside a guide's
// career, and /salary with an occupation where the state goes.
func TestOccupationForms(t *testing.T) {
	shipped := testbot.New(t)
	all := testbot.FromGuides(t, allGuides(t))
	checkReadings(t, true, []reading{
		{all, "do aromatherapists need a license?", []string{"no guide for aromatherapist"}, []string{"Permit", "Clearance"}},
		{all, "beekeeper salary in texas", []string{"no guide"}, []string{"$79,900"}},
		{all, "what does a zookeeper make", []string{"no guide for zookeeper"}, []string{"$"}},
		{shipped, "lab techs, how's the job outlook", []string{"no guide for lab techs"}, []string{"+36%"}},
		{shipped, "what tech stack do ML engineers use?", []string{"PyTorch"}, []string{"no guide"}},
		{all, "what do sleep techs make", []string{"no guide for sleep techs"}, []string{"$"}},
		{shipped, "what is a week as a bus driver like", []string{"no guide for bus driver"}, []string{"standup"}},
		{shipped, "interpreters - which certs do they need", []string{"no guide"}, []string{"AWS"}},
		{shipped, "recruiters - what skills do they look for in ML engineers?", nil, []string{"no guide"}},
		{shipped, "somebody who fixes cars for a living, what do they earn", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "my uncle is a welder and says ML is hype. what's the job outlook?", []string{"+36%"}, []string{"no guide"}},
		{shipped, "my uncle is a welder. what do welders earn?", []string{"no guide for welder"}, []string{"$150,000"}},
		// A word one section mentions in passing ("work a busy restaurant
		// line" on the way in) does not make the described job the guide's.
		{all, "the folks who cook in restaurants, what are they paid?", []string{"no guide"}, []string{"$87,500"}},
		{all, "people who cook for crews on orbital stations, what are they paid?", []string{"$87,500"}, []string{"no guide"}},
		// A guide's own verb beside a thing no guide names is not the
		// guide's work; a pay verb is no word of the description.
		{all, "what do the folks who cook on cruise ships make?", []string{"no guide"}, []string{"$87,500"}},
		{shipped, "cybersecurity analyst salary — my professor says 112k, confirm?", []string{"no guide for cybersecurity analyst"}, []string{"$150,000"}},
		{shipped, "accounting — what's the path?", []string{"no guide for accountant"}, []string{"5-8"}},
		{shipped, "teaching as a career - outlook?", []string{"no guide for teacher"}, []string{"+36%"}},
		{shipped, "is graphic design still worth going into now that AI is taking over", []string{"no guide for graphic design"}, []string{"ML system design"}},
		{shipped, "is ML engineering still worth getting into", []string{"Machine Learning Engineer"}, []string{"no guide"}},
		{all, "regular restaurant chefs make 60k, someone told me. right?", []string{"no guide"}, []string{"$87,500"}},
		{shipped, "prof in our dept says ML jobs are growing 36% over 10 yrs, is that right?", []string{"36%"}, []string{"no guide"}},
		{all, "what do the techs who fix elevators in high-rises make in new york?", []string{"no guide"}, []string{"$"}},
		// A bare head noun among several guides does not single out the
		// guide's career: the closest guide is offered, not answered; with
		// one guide it is read as that guide's.
		{all, "what tools do chefs use?", []string{"no guide for chefs in general", "Orbital Chef"}, []string{"Centrifuge"}},
		{shipped, "how do experienced engineers handle these challenges?", []string{"closest guide"}, []string{"no guide"}},
		{shipped, "team lead salary?", []string{"no guide for team lead"}, []string{"$150,000"}},
		{shipped, "what does a CTO earn", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "do hardware testers need certs?", []string{"no guide"}, []string{"AWS"}},
		// An acronym's plural the table does not list; a job opening a
		// question straight away; a word saying which pay.
		{all, "CNAs in texas pay", []string{"no guide"}, []string{"$72,400", "$79,900"}},
		{all, "warehouse supervisors, what certs actually help", []string{"no guide"}, []string{"Permit"}},
		{shipped, "technical recruiters - whats the typical pay these days", []string{"no guide"}, []string{"$150,000"}},
		// A claim someone makes about themselves asks about their job; the
		// asker's present job, the only work named, before a pay question.
		{shipped, "my cousin is a dental hygienist and says she makes bank, is that true?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "im a private pilot thinking about going commercial. salary in california?", []string{"no guide"}, []string{"$185,000"}},
		{shipped, "I was a bookkeeper for 20 years. Can a machine learning engineer really make 300 thousand a year?", []string{"$300,000"}, []string{"no guide", "Not in the guide"}},
		{shipped, "can an MLE make 300 grand a year?", []string{"$300,000"}, []string{"Portfolio"}},
		// Practitioners and fields no dictionary has, named the English
		// way; a profession's school; the job a post is for; a kind of
		// science asked about as work.
		{all, "bioinformaticians in illinois, how much they make?", []string{"no guide for bioinformaticians"}, []string{"$72,400"}},
		{shipped, "i'm studying bioinformatics, what's the job outlook", []string{"no guide"}, []string{"+36%"}},
		{shipped, "dental school, how many years total?", []string{"no guide for dental school"}, []string{"5-8"}},
		{shipped, "saw a job ad for a logistics coordinator, what do they usually make", []string{"no guide for logistics coordinator"}, []string{"$150,000"}},
		{shipped, "data science salary in seattle?", []string{"no guide for data scientist"}, []string{"$175,000"}},
		{shipped, "how long is grad school for an MLE?", []string{"2-5 years"}, []string{"no guide"}},
		// Slang names of jobs (two words too); an unknown job after its
		// modifier; a part pointing back at a refused job.
		{shipped, "code monkey salary in seattle?", []string{"no guide for programmer"}, []string{"$175,000"}},
		{shipped, "quant at a hedge fund, what's the pay like", []string{"no guide for quantitative analyst"}, []string{"$150,000"}},
		{shipped, "what do data labelers earn", []string{"no guide for data labelers"}, []string{"$150,000"}},
		{shipped, "median pay for data labelers?", []string{"no guide for data labelers"}, []string{"$150,000"}},
		{shipped, "prompt engineer salary? is that even a real job", []string{"no guide"}, []string{"$150,000", "+36%"}},
		// The doers of some work (a dictionary's person, named for a verb)
		// whose pay or prospects are asked; not a stage of a career.
		{shipped, "what's the median for testers?", []string{"no guide for testers"}, []string{"$150,000"}},
		{shipped, "outlook for translators?", []string{"no guide for translators"}, []string{"+36%"}},
		{shipped, "ML engineer median for beginners?", []string{"$150,000"}, []string{"no guide"}},
		{shipped, "whats the outlook for urban planners", []string{"no guide for urban planners"}, []string{"+36%"}},
		{shipped, "mechanic salary in Washington state?", []string{"no guide for mechanic"}, []string{"$175,000"}},
		{shipped, "average salary in CA", []string{"$185,000"}, []string{"no guide"}},
		{all, "GP pay in Texas?", []string{"no guide for general practitioner"}, []string{"$79,900"}},
		{all, "software dev salary seattle", []string{"no guide for software dev"}, []string{"$175,000"}},
		{shipped, "wife does cybersecurity, i do ML eng. whats the growth outlook for cybersecurity analysts", []string{"no guide for cybersecurity analysts"}, []string{"+36%"}},
		// Several people's jobs told, then one of them asked about by a
		// pronoun or as the asker's own: that person's job.
		{shipped, "my sister's a data analyst at a hospital and her boyfriend is an ML engineer at Meta. what certs should SHE get?", []string{"no guide for data analyst"}, []string{"AWS"}},
		{shipped, "My husband's an ML engineer at a streaming company and I'm a registered nurse in a Houston ER. What's the median pay for my job in Texas?", []string{"no guide for registered nurse"}, []string{"$150,000"}},
		{shipped, "my brother is a software engineer in Seattle and his wife is an MLE there too. what does he make?", []string{"no guide for software engineer"}, []string{"$175,000"}},
		{all, "My aunt is an orbital chef in Florida near the Cape and my uncle's a dentist. What does her job pay there?", []string{"$96,300"}, []string{"no guide"}},
		{all, "My husband gets recommendation models from research into production at a streaming company; my sister's a quantum gardener. What's the typical pay for his kind of job?", []string{"$150,000"}, []string{"$72,400"}},
		{shipped, "My sister's an ML engineer and her husband is a cop. What's the median for her job, and how fast is it growing?", []string{"$150,000", "+36%"}, []string{"no guide"}},
		{all, "What certificate does someone need before their first flight as a galley cook in orbit? My niece wants to do that; her mom is an ML engineer.", []string{"Microgravity Food Safety"}, []string{"AWS"}},
		{all, "My roommate trains models and deploys them to production for a living; I'm a florist. What's the cheapest cert for her job?", []string{"TensorFlow"}, []string{"no guide"}},
		{all, "cosmetologist here, my gf is an oneirographer. do I need a license for what I do?", []string{"no guide for cosmetologist"}, []string{"Permit"}},
		{shipped, "my friend is a nurse who wants to switch into ML engineering, and her husband is a cop. how long would the whole path take from where she is?", []string{"5-8 years"}, []string{"no guide"}},
		// A job ad's title opening the message is the job asked about,
		// unless it is a guide's career or the question after it is.
		{all, "Clinical Data Coordinator — pay in Illinois?", []string{"no guide for clinical data coordinator"}, []string{"$"}},
		{all, "Culinary Lead, Offshore Platform — what's the pay?", []string{"no guide for culinary lead"}, []string{"$87,500"}},
		{shipped, "Technical Recruiter, AI/ML hiring — what does that job pay?", []string{"no guide for technical recruiter"}, []string{"$150,000"}},
		{shipped, "Paralegal (litigation) — how long does it take to get into?", []string{"no guide for paralegal"}, []string{"5-8"}},
		{all, "Space Galley Chef — what's the pay?", []string{"$87,500"}, []string{"no guide"}},
		// "whoever" describes a job as "the person who" does; the verb
		// right after "who" is a verb, inflected too ("trains").
		{shipped, "whoever designs the surveys and crunches the statistics for government agencies, how much do they earn", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "whoever trains the recommendation models at a streaming app — what does that kind of job pay?", []string{"$150,000"}, []string{"no guide"}},
		{shipped, "my manager says whoever owns this should look at that career path. what's the salary range?", []string{"$150,000"}, []string{"no guide"}},
		{shipped, "Data Analyst — how do I move into ML engineering?", []string{"Machine Learning Engineer"}, []string{"no guide"}},
		// The asker's own job, then a question about it in their own
		// words ("what do I make") or about a guide's work in its words.
		{shipped, "I'm a nurse, what do I make in texas?", []string{"no guide for nurse"}, []string{"$150,000"}},
		{shipped, "nurse here. what do we make in texas", []string{"no guide for nurse"}, []string{"$150,000"}},
		{shipped, "bay area ML salary? i'm a barber in oakland, just curious what my clients make", []string{"$185,000"}, []string{"no guide"}},
		{all, "Botanist here. Do you need a permit to tend superposition seedlings?", []string{"Quantum Greenhouse Operator Permit"}, []string{"no guide"}},
		{all, "botanist here, what's the pay in oregon?", []string{"no guide for botanist"}, []string{"$84,300"}},
		// A kind of work no guide speaks of, asked for or before a
		// certificate, is its worker's line of work.
		{shipped, "which medical coding certs should i get, CPC or CCS?", []string{"no guide for medical coder"}, []string{"TensorFlow"}},
		{shipped, "what skills for civil engineering?", []string{"no guide for civil engineer"}, []string{"PyTorch"}},
		{shipped, "welding certification cost?", []string{"no guide for welder"}, []string{"$100"}},
		{shipped, "skills for data engineering?", []string{"skills"}, []string{"no guide"}},
		// A job introducing the asker beside a guide's career ("teacher
		// here", "chef in boston, …") is background; alone, or named again,
		// it is asked about.
		{shipped, "teacher here, would writing a technical blog help my ML engineer portfolio?", []string{"Portfolio"}, []string{"no guide"}},
		{shipped, "chef in boston, just curious what ML engineers earn in the bay state", []string{"$165,000"}, []string{"no guide"}},
		{shipped, "network engineer here, is the CCNA worth it?", []string{"no guide"}, nil},
		{shipped, "I'm a nurse in California. What's the median salary for nurses here?", []string{"no guide"}, []string{"$185,000"}},
		// A field named as what pays.
		{shipped, "how much does carpentry pay in boston", []string{"no guide"}, []string{"$165,000"}},
		{all, "doctors — what skills do they need? asking for my younger brother in Cebu", []string{"no guide for doctors"}, nil},
		{shipped, "My grandson wants to study accountancy at college. What's the salary once he qualifies?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "social work degree — worth it? what jobs and pay", []string{"no guide for social worker"}, []string{"$150,000"}},
		{shipped, "what does ML work look like day to day", []string{"A day in the life"}, []string{"no guide"}},
		{shipped, "what certs do i need for cybersecurity", []string{"no guide for cybersecurity"}, []string{"AWS"}},
		{shipped, "what skills do i need for web development", []string{"no guide for web development"}, []string{"PyTorch"}},
		{shipped, "which tools for experiment tracking, and which language is the core one?", []string{"MLflow"}, []string{"no guide"}},
		{all, "im a gardener (normal plants) what certs should i get", []string{"no guide"}, []string{"Orchard Steward"}},
		{all, "I'm a regular restaurant chef. How does orbital chef pay compare?", []string{"$87,500"}, []string{"no guide for"}},
		{all, "data science grads: what's the job outlook", []string{"no guide for data scientist"}, []string{"+14%"}},
		{shipped, "welding pays good? thinking about trade school instead of a CS degree", []string{"no guide for welder"}, []string{"$150,000"}},
		{shipped, "plumbing apprenticeship how long", []string{"no guide for plumber"}, []string{"5-8"}},
		{shipped, "is civil engineering a good career in the USA?", []string{"no guide for civil engineer"}, nil},
		{shipped, "is ML engineering a good career?", nil, []string{"no guide"}},
		{shipped, "is pharmacy worth studying? what's the pay after", []string{"no guide"}, []string{"$150,000"}},
		{all, "is teaching a good job", []string{"no guide for teacher"}, nil},
		{all, "my cousin is a sous chef on a cruise ship out of Seattle. what's typical pay for that", []string{"no guide"}, []string{"$87,500"}},
		{shipped, "writing a career report. whats the national median for ML engineers", []string{"$150,000"}, []string{"no guide"}},
		// A job described by a verb whose doer is an occupation no guide
		// speaks of, unless the description is in the guides' own words.
		{shipped, "what do the people who teach high school make", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "what do the people who keep recommendation models running in production do in the morning", []string{"dashboard"}, []string{"no guide"}},
		// Pay weighed in a job ("what can I earn as …") is asked about that
		// job; pay the asker has in theirs is background.
		{all, "I studied horticulture, what can I earn as a landscape gardener in texas", []string{"no guide"}, []string{"$79,900"}},
		{shipped, "I earn 50k as a barista. what do MLEs make in texas?", []string{"$"}, []string{"no guide"}},
		// Training for a job asks how to become it; the asker's standing in
		// their own job asks about that job.
		{shipped, "how long does it take to train as an electrician", []string{"no guide for electrician"}, []string{"5-8 years"}},
		{shipped, "I'm a junior UX designer, what's my salary range", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "I'm a UX designer, how do I move into ML engineering?", nil, []string{"no guide"}},
		// The asker's own job, told by how long they have done it.
		{shipped, "Accountant for 12 years, bored. Which ML certification is cheapest?", []string{"$100"}, []string{"no guide"}},
		// A line of work weighed as a career; pay asked with no career
		// named after a sentence about someone's job; the subject of a
		// question about its work; licensed "as" a job.
		{shipped, "is pet grooming a good career?", []string{"no guide"}, nil},
		{shipped, "Is being a lifeguard an actual job?", []string{"no guide"}, nil},
		{shipped, "what do phlebotomists make?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "My brother is an electrician in Ohio and wonders about a raise. Any numbers for Ohio?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "which certifications does a personal shopper need?", []string{"no guide"}, []string{"AWS"}},
		{shipped, "what certifications does a beginner need?", []string{"AWS"}, []string{"no guide"}},
		{shipped, "how do you get certified as a yoga instructor", []string{"no guide"}, []string{"AWS"}},
		// A message of several parts that names no guide's career and asks
		// about an occupation with none; an adjective the guides never use
		// makes another kind of the job.
		{all, "I'm retiring from the army soon. Is welding a good career? What would I need to learn?", []string{"no guide"}, []string{"Step 1"}},
		{all, "what do hospital cooks earn?", []string{"no guide"}, []string{"$87,500"}},
		// A guide whose certificate is named "… Analyst" does not speak of
		// analysts.
		{all, "How would someone become a Freudian analyst who works with dreams?", []string{"no guide"}, []string{"Step"}},
		// Chat's lowercase acronyms where a job's name goes; trades WordNet
		// lists after a family name; the family name capitalised.
		{shipped, "rn salary wa", []string{"no guide for registered nurse"}, []string{"$175,000"}},
		{shipped, "emt certs?", []string{"no guide"}, []string{"AWS"}},
		{shipped, "what should i learn rn for ML engineering", nil, []string{"no guide"}},
		{shipped, "barber license ohio", []string{"no guide for barber"}, nil},
		{shipped, "Ms. Turner told me ML pays well. What's the median?", []string{"$150,000"}, []string{"no guide"}},
		// A name nobody knows before a question about a job; a job's name
		// cut short; a relational adjective before "tech".
		{shipped, "netadmin interview questions?", []string{"no guide"}, []string{"LeetCode"}},
		{shipped, "dental hyg pay", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "veterinary tech how long to qualify", []string{"no guide"}, []string{"5-8"}},
		// A move to a place is no career switch; a switch "into that" is
		// into the job just named; a question pointing back to a job named
		// before it; "a good next step"; "something in …"; "path to
		// journeyman"; "X apprentice".
		{all, "line cook wages in florida? thinking of moving to tampa", []string{"no guide"}, []string{"$96,300"}},
		{shipped, "wedding photographer, how do people break into that", []string{"no guide"}, []string{"Step 1"}},
		{all, "personal chef for athletes... how do you get started doing that", []string{"no guide"}, []string{"Step 1"}},
		{shipped, "is claims adjuster a good next step for me?", []string{"no guide"}, nil},
		{shipped, "i want something in forestry. what certs should i get?", []string{"no guide"}, []string{"AWS"}},
		{shipped, "carpenter apprentice here, whats the path to journeyman", []string{"no guide"}, []string{"Step 1"}},
		{shipped, "yoga instructor certs, which are legit", []string{"no guide"}, []string{"AWS"}},
		// A line of work named before "jobs" or as an occupation's work,
		// with no guide's career named.
		{shipped, "will AI take interior design jobs?", []string{"no guide"}, []string{"+36%"}},
		{shipped, "how is AI changing dentistry careers", []string{"no guide"}, nil},
		{shipped, "how is automation changing welding", []string{"no guide"}, nil},
		{shipped, "entry level jobs?", nil, []string{"no guide"}},
		{shipped, "how much of the job is data plumbing?", nil, []string{"no guide"}},
		// A role word with a noun no guide uses names a job; "should a X
		// get"; one rare word is no guide's context for an occupation.
		{shipped, "claims processing specialist pay in ohio?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "what certs should a logistics coordinator get?", []string{"no guide"}, []string{"AWS"}},
		{all, "how do I become a cartographer at the state highway department? I do CAD drafting now", []string{"no guide"}, []string{"Step"}},
		// Long posts: a slash command's career then a story; the asker's
		// age before their job; a relation's job with no "my"; a
		// certificate named once holds for every part; a guide's name word
		// before its other head noun ("space cooks").
		{shipped, "/path ml-engineer. Context: 44, civil engineer in Wichita, 2 kids", []string{"Step 1"}, []string{"no guide"}},
		{all, "/compare orbital-chef quantum-gardener. 38, ex-Navy cook. Median pay for each please.", []string{"$87,500", "$72,400"}, []string{"no guide"}},
		{shipped, "What do the ML certs cost? 31, analyst at a credit card company in Wilmington DE", []string{"$300"}, []string{"no guide"}},
		{shipped, "Boston vs Seattle pay for an ML engineer? wife is a nurse", []string{"$165,000", "$175,000"}, []string{"no guide"}},
		{all, "My boss wants me to get the Decoherence Blight Specialist cert. How much does it cost?", []string{"Decoherence Blight Specialist"}, []string{"Machine Learning"}},
		{all, "why do space cooks season food harder?", []string{"Orbital Chef"}, []string{"no guide"}},
		// A part that only tells about the asker is context for the part
		// that asks; two careers' certificates are named in the title.
		{all, "Orbital chef vs quantum gardener: which pays more? I'm 30, a line cook in Ohio. My dad's a mechanic and wants me to choose.", []string{"Orbital Chef vs Quantum Gardener"}, []string{"no guide", "Your questions"}},
		{all, "which required cert costs more, orbital chef's or dream cartographer's?", []string{"Dream Cartographer vs Orbital Chef"}, nil},
		// A post that opens by naming its subject; more than three parts
		// keep the ones that ask.
		{all, "Plumbing question: 30, handyman in Tulsa. How long is the apprenticeship and what's the pay?", []string{"no guide for plumbing"}, []string{"$"}},
		{all, "Dumb question: what does a quantum gardener earn?", []string{"$72,400"}, []string{"no guide"}},
		{shipped, "grad here, 31, former barista. did a 12 week course, have 2 projects, no callbacks. what does an entry level data analyst make in austin?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "is nursing school worth it?", []string{"no guide"}, nil},
		{shipped, "whats the pay like for emt's", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "is a master's worth it for ML engineering?", nil, []string{"no guide"}},
		// Two names of several words in /compare; a question that opens
		// with "do" is no self-description; the invented careers ranked.
		{all, "/compare quantum gardener orbital chef", []string{"Quantum Gardener vs Orbital Chef"}, nil},
		{all, "ive been a barber for 8 years. do hairdressers ever clear 60k in florida", []string{"no guide"}, []string{"$96,300"}},
		{all, "which of the fictional careers pays best?", []string{"invented", "Dream Cartographer"}, []string{"Machine Learning"}},
		{all, "how do I get started as a flight attendant with no degree", []string{"no guide"}, []string{"Step"}},
		{all, "which pays more, orbital chef or quantum gardener? median only", []string{"Orbital Chef vs Quantum Gardener"}, []string{"Your questions"}},
		{all, "space station cook pay?", []string{"$87,500"}, []string{"no guide"}},
		{shipped, "is prompt engineer a legit job? what does it pay", []string{"no guide for prompt engineer"}, []string{"$150,000"}},
		// Fields of study whose practitioner is an occupation; a field
		// opening the message; "people on the news who …"; "X techs who".
		{shipped, "geology major, what jobs can i get?", []string{"no guide for geology"}, nil},
		{shipped, "is a zoology degree worth it", []string{"no guide"}, nil},
		{shipped, "what's a good strategy for ML interviews?", nil, []string{"no guide"}},
		{shipped, "civil engineering in ohio - pay?", []string{"no guide for civil engineer"}, []string{"$150,000"}},
		{shipped, "the people on the radio who forecast storms, what do they make", []string{"no guide"}, []string{"$150,000"}},
		{all, "the lab techs who run sleep studies, what do they earn?", []string{"no guide"}, []string{"$"}},
		// Employers members type in lower case, with or without a state.
		{shipped, "what does amazon pay ml engineers in washington state", []string{"company-specific", "$175,000"}, []string{"no guide"}},
		{shipped, "nvidia mle salary", []string{"company-specific", "Nvidia"}, nil},
		// What the work makes is in the overview, not the "production ML"
		// step ("products" and "production" share a stem).
		{shipped, "which sorts of products do ML engineers ship?", []string{"recommendations"}, []string{"Step 3"}},
		// A share of the work is the line with the percentage; "mostly"
		// alone asks none.
		{shipped, "what share of an ML engineer's work is data pipelines?", []string{"80%"}, nil},
		{shipped, "is ML engineering mostly math or mostly infrastructure?", []string{"80%"}, nil},
		// "day to day" after another part of the guide says when, not what.
		{shipped, "which skills do ML engineers need day to day?", []string{"Python"}, []string{"Morning"}},
		{shipped, "what's an ML engineer's day to day like?", []string{"Morning"}, nil},
		// "from lowest to highest": the first named leads; a superlative
		// after "for" is no employer.
		{shipped, "list the ML states by pay from lowest to highest", []string{"lowest first: Massachusetts ($165,000)"}, []string{"company-specific"}},
		{shipped, "rank the states for ML pay, highest to lowest", []string{"highest first: California ($185,000), Washington"}, []string{"company-specific"}},
		// A product's CamelCase name only one guide uses says which guide;
		// a part about another job's pay is not forced onto the career
		// named in another part.
		{all, "a posting asks for 'RehydroCalc experience' — what even is that", []string{"Orbital Chef"}, []string{"Machine Learning"}},
		{shipped, "how much do actuaries make? what certs would an MLE need", []string{"no guide for actuaries", "AWS"}, nil},
		// What the job is, asked with framing around it.
		{shipped, "total beginner. what does an ML engineer actually do? not the buzzword version pls", []string{"production"}, []string{"nothing on", "can't answer"}},
		// Whom the job suits is the guide's "Who it suits" passage; a
		// certificate that "fits" is still about certificates.
		{shipped, "what type of person is ML engineering a good fit for?", []string{"Who it suits"}, []string{"nothing on"}},
		{all, "who are orbital chefs suited to, personality-wise?", []string{"calm, inventive cooks"}, nil},
		{shipped, "which cert fits my background best?", []string{"AWS"}, []string{"Who it suits"}},
		{shipped, "/salary teacher", []string{"no guide for teacher"}, nil},
		{shipped, "/salary xyzzy", []string{"as a US state"}, nil},
		// People in the plural opening a sentence are whom it asks about; a
		// role word that is an occupation is the job when asked what it
		// needs; a short job name before its training; a science studied.
		{shipped, "network engineers, the people who keep offices online — which certs?", []string{"no guide"}, []string{"AWS"}},
		{shipped, "which certs should a paralegal get?", []string{"no guide"}, []string{"AWS"}},
		{shipped, "which certs should a recruiter get?", []string{"no guide"}, []string{"AWS"}},
		{shipped, "surgical tech training how long", []string{"no guide"}, []string{"5-8"}},
		{all, "my niece is studying marine science, what are jobs like in that?", []string{"no guide"}, []string{"+36%"}},
		{all, "museum curator skills?", []string{"no guide"}, []string{"Python"}},
		// A field named by its training; the asker's own kind of a guide's
		// job, or own job among several guides, before a section question.
		{shipped, "forestry degree, what skills would i need", []string{"no guide"}, []string{"PyTorch"}},
		{all, "I'm a nautical cartographer, what certs should I get?", []string{"no guide"}, []string{"Permit"}},
		{all, "im a payroll specialist, what certs should i get", []string{"no guide"}, []string{"Permit", "AWS"}},
		{all, "im a sea chart cartographer (real charts, not dreams), whats the outlook", []string{"no guide"}, []string{"%"}},
		{all, "My son wants to be a chef at a regular diner, nothing to do with space. What do chefs make?", []string{"no guide"}, []string{"$87,500"}},
		// Words of several guides pick none for figures; another language's
		// short grammar words are no topic the guide lacks.
		{all, "im studying chemistry, what can i earn", nil, []string{"You didn't name a career"}},
		{shipped, "Sono al secondo anno, quanto guadagna un ML engineer in California?", []string{"$185,000"}, []string{"nothing on"}},
		// The work the asker or a relative does, asked about as theirs; the
		// guide's own work is not.
		{shipped, "I repair boilers in apartment buildings. what certs would help me earn more?", []string{"no guide"}, []string{"AWS"}},
		{shipped, "my mom sews wedding dresses for a living, what's the outlook for that kind of work", []string{"no guide"}, []string{"+36%"}},
		{shipped, "I train models at a startup, what certs would help me earn more?", nil, []string{"no guide"}},
		{shipped, "i pick and pack orders at a warehouse 10 hrs a day, any guide on what that pays?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "I sit at the front desk of a dental office answering phones all day. what could someone like me earn?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "I train models at a startup all day, what should i be getting paid?", []string{"$150,000"}, []string{"no guide"}},
		{shipped, "my sister does people's taxes all day at a tax office, what's her pay like normally", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "I work the overnight shift stocking shelves at a big box store. is there a guide for moving up from that?", []string{"no guide"}, []string{"Step 1"}},
		{shipped, "my roommate packs boxes on the night shift at a warehouse, what does that kind of job pay", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "how many years to get my journeyman card as an electrician", []string{"no guide"}, []string{"5-8"}},
		{shipped, "I play jazz piano for a living and love maths puzzles. Does this job suit someone who likes math?", nil, []string{"no guide"}},
		// A noun before a job word that is also an adjective names the job
		// ("nursing assistant"), whatever noun follows it.
		{all, "CNA night shift pay?", []string{"no guide"}, []string{"$98,600"}},
		{shipped, "I'm a line cook at a diner, what's the pay ceiling for my job", []string{"no guide"}, []string{"$300,000"}},
		{shipped, "im a pharmacy tech at a clinic, whats the career outlook", []string{"no guide"}, []string{"+36%"}},
		// A short question pointing back at what the sentence before it
		// names, with no word of its own, is read with that sentence.
		{shipped, "my nephew mentioned something called Triton. what is that?", []string{"Triton"}, []string{"can't answer"}},
		// A later part pointing back at the career an earlier part found.
		{all, "which career works with Triton and MLflow, and what's the median pay for it?", []string{"$150,000"}, []string{"$87,500", "$72,400"}},
		// Two careers named in one sentence, compared by a question in
		// another.
		{all, "I can't decide between two paths: orbital chef or dream cartographer. I love food but I also love sleep lol. Which pays more?", []string{"Orbital Chef vs Dream Cartographer", "$87,500", "$98,600"}, nil},
		// What someone in the asker's life is doing, told before "and", is
		// no question of its own.
		{all, "we both live in sacramento, she's going the ML engineer route and I want to cook in orbit. how many orbital chefs vs ML engineers are employed in california?", []string{"760 employed", "25,000 employed"}, []string{"Step 1"}},
		// The field of an occupation studied is not the guide's career
		// because the guide's title shares its word.
		{shipped, "thinking about studying civil engineering at Texas A&M. What's the salary like once you graduate?", []string{"no guide"}, []string{"$150,000"}},
		// A credential no guide or dictionary knows, held or just passed,
		// leads to work no guide covers; a guide's own does not.
		{shipped, "just passed my NCLEX!!! what kind of salary should i expect in california", []string{"no guide", "NCLEX"}, []string{"$185,000"}},
		{shipped, "got my CDL last week, whats the career path from here", []string{"no guide"}, []string{"Foundations"}},
		{shipped, "just passed the NCLEX!!! what certs should i stack next?", []string{"no guide"}, []string{"AWS"}},
		{shipped, "what do i need to pass the NCLEX and how long does it take", []string{"no guide"}, []string{"5-8"}},
		// A part asking the guide's career's figures alone is its own
		// question, beside a comparison with an occupation with no guide.
		{shipped, "ML engineer vs data scientist, what's the difference? and what do MLEs earn", []string{"production", "$150,000"}, []string{"can't compare"}},
		// A person in the asker's life told about before "and" is no
		// question of its own; nor is a pronoun about them before the
		// asking; a story before "but what …" is read as its own sentence.
		{shipped, "my dad's a high school math teacher and wants to switch to ML at 50 lol. what's the route", []string{"Step 1"}, []string{"no guide"}},
		{shipped, "My brother-in-law is an accountant in Massachusetts and never shuts up about his raise. How does ML engineer pay in Massachusetts compare to the national figure?", []string{"$165,000"}, []string{"no guide"}},
		{all, "my grandpa was a farmer his whole life and he'd laugh at this but what skills does a quantum gardener need", []string{"Botany"}, []string{"can't answer"}},
		// People described by a guide's own tool names are that guide's
		// career, and a figure asked of them is its figure.
		{all, "how much do ppl who work with kubeflow and pytorch all day earn", []string{"$150,000"}, []string{"no guide", "$72,400"}},
		{all, "what's the typical salary for ppl who use pytorch", []string{"$150,000"}, []string{"$72,400"}},
		{shipped, "Tesla autopilot team MLE pay?", []string{"$150,000", "Tesla"}, []string{"nothing on"}},
		{shipped, "recommend me a good netflix series pls", []string{"can't answer"}, []string{"$150,000"}},
		// The nouns that go on an employer's name are the employer's, not
		// topics the guide lacks.
		{all, "what would the Mayo Clinic sleep center pay a dream cartographer?", []string{"$98,600", "Mayo Clinic"}, []string{"Not in the guide"}},
		{all, "how much would a dream cartographer make working at a big sleep clinic chain like SleepWell Labs?", []string{"$98,600", "SleepWell Labs"}, []string{"Not in the guide"}},
		// What "that" points back to is the one name from the guides in the
		// sentence before, not the story around it; a wish with nothing
		// wished for ("I want to sound clever") is no question.
		{shipped, "my wife keeps mentioning kubeflow at dinner. what is that for?", []string{"Kubeflow"}, []string{"nothing on"}},
		{shipped, "What does Kubeflow do? My grandson put it on his resume and I want to sound clever.", []string{"Kubeflow"}, []string{"nothing on"}},
		// A sentence telling about "we", "she" or "they" is background to
		// the question, like one about "I".
		{all, "orbital chef salary in florida? we live near cape canaveral and he'd like to stay close to home", []string{"$96,300"}, []string{"nothing on"}},
		// A capitalised worker's name that is its word's only sense in
		// WordNet ("Realtor") is a job typed in lower case too; a place is
		// no field of study, whatever its practitioner would be called.
		{shipped, "my mom is a realtor and wants to know the median income for realtors", []string{"no guide"}, []string{"$150,000"}},
		{all, "I am Quantengärtner, living in Munich. How much is salary in Germany please?", []string{"$72,400"}, []string{"no guide"}},
		// A word no dictionary or guide knows between "a" and a pay verb,
		// or an acronym typed in capitals after "becoming a", is a job's
		// name.
		{all, "whats a barista make in seattle", []string{"no guide"}, []string{"$72,400"}},
		{shipped, "what does a sparky make in washington", []string{"no guide"}, []string{"$175,000"}},
		{shipped, "whats the path to becoming an LPC", []string{"no guide"}, []string{"Step 1"}},
		// A short job name opening the question is the job asked about;
		// a certificate's short name is not.
		{shipped, "pharmacy techs: best certifications?", []string{"no guide"}, []string{"AWS"}},
		{shipped, "tf dev cert how much", []string{"$100"}, []string{"no guide"}},
		// A relative's job said a clause after the relation is theirs, not
		// the asker's background.
		{all, "My grandson makes maps for the county as a GIS cartographer. What's the job outlook?", []string{"no guide"}, []string{"+14%", "+22%"}},
		// "in dollars" is a filler; a job naming a workplace ("a dentist
		// office") beside the career asked about is no occupation asked.
		{shipped, "how much more does an ML engineer make in california than in new york? like in dollars. I'm a bookkeeper for a dentist office so I like exact numbers", []string{"$185,000", "$170,000"}, []string{"no guide", "nothing on"}},
		{shipped, "tensorflow dev certificate price in dollars?", []string{"$100"}, []string{"nothing on"}},
		// What someone in the asker's life says, after the question, is no
		// question of its own.
		{all, "orbital chef or dream cartographer, which pays more at the median? my mom says both are made up jobs but the guide says otherwise", []string{"Orbital Chef vs Dream Cartographer"}, []string{"Your questions", "Job outlook"}},
		// "those engineers" after a sentence describing the guide's own
		// work are the guide's; plain "engineers" with figures are not.
		{shipped, "My grandson says he builds machine learning systems for a living. How much do those engineers earn in Massachusetts?", []string{"$165,000"}, []string{"no guide"}},
		{shipped, "How much do engineers earn in Massachusetts?", []string{"no guide"}, []string{"$165,000"}},
		// "the path into" a line of work no guide uses asks about it.
		{shipped, "what's the path into accounting?", []string{"no guide"}, []string{"Step 1"}},
		{shipped, "what's the path into ML engineering?", []string{"Step 1"}, []string{"no guide"}},
		{shipped, "how do I get started in accounting?", []string{"no guide"}, []string{"Step 1"}},
		{shipped, "how do I get started in ML?", []string{"Step 1"}, []string{"no guide"}},
		{shipped, "I want to work in healthcare, where do I start", []string{"no guide"}, []string{"Step 1"}},
		{shipped, "what do people in HR earn", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "I work in finance and want to move into ML, path?", []string{"Step 1"}, []string{"no guide"}},
		// "city" asks by place as "state" does; where something was seen
		// is not asked, however many words its job's short name reads as.
		{shipped, "torn between a seattle offer and an nyc offer for MLE... which city pays more according to your guide?", []string{"$175,000", "$170,000"}, []string{"nothing on"}},
		{shipped, "what's JAX? saw it in a ML job ad", []string{"Google"}, []string{"nothing on"}},
		// A remark after the question that names nothing is not asked
		// about; one that names a field or place, or asks, is.
		{all, "How many orbital chefs work in Hawaii? It seems a funny place for it, but my son-in-law says there are some.", []string{"95"}, []string{"nothing on"}},
		{shipped, "how do I prep for DS interviews? data science roles at fintechs in Lagos", []string{"no guide"}, []string{"batch norm"}},
		{shipped, "So what's a day like as a barista? Like a real full-time barista gig at a specialty shop. I just want to know if people do it long term", []string{"no guide"}, []string{"80%"}},
		// A sentence about "our" team tells, like one about "I".
		{shipped, "for experiment tracking what does the guide recommend? our team of 4 logs training results in a shared google sheet which i know is cursed.", []string{"MLflow"}, []string{"Interview"}},
		// A time before a word with a minor job sense names no job.
		{shipped, "how long is the grad school part of the path? my parents want me to do a PhD (it would look nice on the family christmas card lol)", []string{"2-5 years"}, []string{"no guide"}},
		// People described by doing a guide's career are that career.
		{shipped, "what's Kubeflow for? my infra team runs everything on k8s and I'm the only one at the company who does ML stuff, so I keep getting asked if we should use it", []string{"Kubeflow"}, []string{"no guide"}},
		{all, "skills for the ones who cook in zero g", []string{"Orbital Chef"}, []string{"no guide"}},
		// Where a relative's job is done ("at a garden center") is no
		// guide's word beside it.
		{all, "my wife is a horticulturist at a garden center in oregon, what's the usual pay", []string{"no guide"}, []string{"$72,400"}},
		// A role word that is also a verb names a job after an article
		// ("a scrum master").
		{shipped, "is becoming a scrum master worth it?", []string{"no guide"}, []string{"Step 1"}},
		// "both" in a short part asks it of the two just named.
		{all, "orbital chef or dream cartographer. Which one pays more nationally? Give me both medians.", []string{"$87,500", "$98,600"}, []string{"$72,400", "$150,000"}},
		// "the real world" is a way of talking, not a topic the guide lacks.
		{shipped, "what do ML engineers use for experiment tracking in the real world?", []string{"MLflow"}, []string{"nothing on"}},
		// "range" after "salary" is a noun, not work done for the people
		// after "for".
		{shipped, "What's the salary range for data analysts?", []string{"no guide"}, []string{"$150,000"}},
		{shipped, "just passed my AWS ML Specialty, what salary should i expect in california", nil, []string{"no guide"}},
		// A relative's job told after the question, with more told of them
		// ("and is curious"), is background; asked about ("what does he
		// make?"), it is not.
		{shipped, "Washington median and how many are employed? My dad's a Tacoma bus driver and is curious.", []string{"$175,000"}, []string{"no guide"}},
		{shipped, "washington median? my dad is a bus driver, what does he make?", []string{"no guide"}, []string{"$175,000"}},
		// The form a reply is asked in is no topic the guide lacks.
		{shipped, "Give me a one-line summary of the job outlook for ML engineers", []string{"36%"}, []string{"nothing on"}},
		{shipped, "The skills ML engineers need, as bullets", []string{"Python"}, []string{"nothing on"}},
		// Two careers on either side of "vs", or of "or" after "which",
		// one named by its title's words before the job noun ("the machine
		// learning career"), are compared.
		{all, "job outlook for the machine learning career vs the quantum gardening one?", []string{"Machine Learning Engineer", "Quantum Gardener", "36%"}, nil},
		{all, "which grows faster: quantum gardening or space cooking?", []string{"Quantum Gardener", "Orbital Chef"}, nil},
		// "from highest salary to lowest": the first named leads, a word
		// between or not; "side by side" is how, not what, to answer.
		{shipped, "list the states from highest pay to lowest for ML engineers", []string{"highest first: California ($185,000)"}, []string{"pays the least"}},
		{shipped, "WA or CA for an MLE, medians side by side?", []string{"$175,000", "$185,000"}, []string{"nothing on"}},
		// A word of the kind that one part's heading alone names, said of
		// the kind ("soft skills"), picks that part; "tools and frameworks"
		// asks of the whole section.
		{shipped, "which soft skills matter most for an ML engineer?", []string{"Soft skills", "ommunicat"}, []string{"Technical skills"}},
		{shipped, "what tools and frameworks do ML engineers use?", []string{"PyTorch", "Kubeflow"}, nil},
		// A tool's name only one section uses beats the story's words in
		// choosing the section ("job post" would find the portfolio).
		{shipped, "noticed JAX on a job posting for an ML engineer at a fintech startup. what is it, per the guide?", []string{"JAX"}, []string{"Portfolio"}},
		// Letters held down are read as the word ("payyy", "yearsss");
		// real words stay ("mass" is Massachusetts, not "mas").
		{shipped, "washington ml engineer salaryyy", []string{"$175,000"}, []string{"can't answer"}},
		{shipped, "mass ml engineer median?", []string{"$165,000"}, []string{"$185,000"}},
		// A guide's name typed apart is read whole.
		{shipped, "how much is the tensor flow developer cert", []string{"$100"}, []string{"no guide"}},
		// "they" far after a relative's job, in a later question, is the
		// workers asked about; right after it, the relative.
		{all, "My sister is a flight attendant and she thinks a space galley is like her airplane galley. My husband, a machinist, keeps asking if they eat out of tubes. What does a typical day look like for someone cooking aboard an orbital station? How many people are they feeding?", []string{"Orbital Chef"}, []string{"No guide"}},
		{all, "my sister is a dental hygienist, how much do they make", []string{"no guide"}, []string{"$150,000"}},
		// Across a long message, the words only one guide uses (its topic,
		// not its name) say which career the parts that name none are about;
		// two guides named so, asked of "both jobs", are compared.
		{all, "Orchard hand here, wanting to get into the superposition greenhouse world, lots of entangled seedlings. My brother, a welder, found the certificate list but it's a mess. What's the cheapest credential, what does it cost, and what does it cover?", []string{"Entangled Orchard Steward"}, []string{"Nightmare"}},
		{all, "My sister will build AI and machine learning systems after her master's, and I want to cook on an orbital station. What are the California medians for both jobs?", []string{"Machine Learning Engineer", "Orbital Chef", "$185,000"}, nil},
		// A guide's career told only of someone, in a sentence that asks
		// nothing, does not answer a question about another occupation.
		{shipped, "I drive a bus in Tacoma. My cousin is a machine learning engineer and loves it. What does a dental hygienist make in Washington, and how long is the schooling?", []string{"no guide"}, []string{"$175,000"}},
		{shipped, "My cousin is a machine learning engineer and loves it. What does she make in Washington?", []string{"$175,000"}, nil},
		{shipped, "I'm a barista in Seattle and I've been thinking about becoming a firefighter. My brother is a machine learning engineer in Bellevue and thinks I'm nuts. What do firefighters make in Washington, and how long is the academy?", []string{"no guide"}, []string{"$175,000"}},
		// The career named, called again by its kind of worker, is that
		// career; set against it ("a chef or an orbital chef") it is not.
		{all, "is a certificate needed to work as a space chef, or can you just cook?", []string{"Microgravity Food Safety"}, []string{"No guide"}},
		// The state closest to the national median is computed.
		{shipped, "which of your states is nearest the national median? not California obviously", []string{"Massachusetts is closest"}, nil},
		// "the guide" is the career guide asked from, not a tour guide.
		{shipped, "which states in your guide have a median above $172k?", []string{"California"}, []string{"no guide"}},
		{shipped, "what does a tour guide earn?", []string{"no guide"}, []string{"$150,000"}},
		// A pay verb that ends its sentence asks the pay, whatever follows.
		{all, "what do orbital chefs make? numbers for the US are fine", []string{"$87,500"}, []string{"can't answer"}},
	})
}

// reading is one question of TestReadings or TestOccupationForms: what the
// reply must and must not contain.
type reading struct {
	b    *testbot.Bot
	q    string
	want []string
	not  []string
}

// checkReadings asks every question and checks its plain-text reply; with
// fold, the wanted strings are matched without regard to case.
func checkReadings(t *testing.T, fold bool, cases []reading) {
	t.Helper()
	for _, c := range cases {
		txt := bot.RenderText(ask(t, c.b, c.q))
		for _, w := range c.want {
			if !strings.Contains(txt, w) && !(fold && strings.Contains(strings.ToLower(txt), strings.ToLower(w))) {
				t.Errorf("%q: want %q in:\n%s", c.q, w, txt)
			}
		}
		for _, w := range c.not {
			if strings.Contains(txt, w) {
				t.Errorf("%q: do not want %q in:\n%s", c.q, w, txt)
			}
		}
	}
}
