package gen

// Sentence templates: the shared career words every guide uses. Slots in
// braces are filled from the career's domain ({tool}, {jargon}, {skill},
// {fam}, {field}, {role}, {org}, {cert}) or its figures ({median}, {low},
// {high}, {openings}, {growth}, {total}); {work} and {soft} are shared words.

var sharedWork = []string{"clients", "stakeholders", "customers", "field teams", "reports", "budgets", "deadlines",
	"quality checks", "safety reviews", "project plans", "documentation", "operations staff", "regulators", "suppliers"}

var softSkills = []string{"communication", "attention to detail", "time management", "teamwork", "problem solving",
	"patience", "written communication", "negotiation"}

var summaries = []string{
	"Plans, runs and improves {jargon} work in {field}, using {tool} and {tool} to deliver results for {work}.",
	"Keeps {field} systems healthy: {jargon} checks, {jargon} fixes and clear reports for {work}.",
	"Turns {jargon} and {jargon} data into decisions for {work}, with {tool} as the main tool.",
	"Designs and maintains {field} processes, from {jargon} planning to {jargon} review.",
}

var salaryNotes = []string{
	"Where you land in the range depends on experience and the employer.",
	"Pay rises with {jargon} experience and with certifications such as those from {org}.",
	"Senior {role}s who lead {jargon} projects earn toward the top of the range.",
}

var educations = []struct{ level, text string }{
	{"Bachelor's", "A bachelor's degree in {field} or a closely related discipline."},
	{"Associate's", "An associate's degree or a technical certificate in {field}, plus supervised practice."},
	{"Master's+", "A master's degree in {field}, {fam} or a related field."},
	{"High school + training", "A high school diploma and a structured training program in {field} and {jargon}."},
}

var certRequired = []string{
	"Useful to have, but no certification is a requirement.",
	"Most employers expect at least one recognised certification.",
	"Required for some roles, especially in regulated settings.",
}

var licenses = []string{"Not required", "Required in some states", "Required in most states"}

var certAbouts = []string{
	"Confirms that you can run {jargon} work with {tool}.",
	"Shows expertise in {jargon} and {jargon} practice.",
	"Proves hands-on ability with {tool} in production settings.",
	"Covers the {field} body of knowledge, from {jargon} to {jargon}.",
	"Recognised by employers who run {jargon} programs.",
}

var certIntros = []string{
	"Certifications help you stand out, although hands-on {jargon} experience carries more weight with most employers.",
	"Employers in {field} often ask for a certification, and a few can be a quick way to prove {jargon} expertise.",
	"A certification is the clearest signal that you know {tool} and the {jargon} rules of the trade.",
}

var overviewSents = []string{
	"{Role}s are the people who keep {field} work running day to day.",
	"They plan, run and improve {jargon} work, and their results reach {work} and {work}.",
	"A typical assignment is taking a messy {jargon} problem and turning it into a routine that {work} can rely on.",
	"Most of the job is {jargon} and {jargon}, with {tool} and {tool} as the everyday tools.",
	"The work covers everything from {jargon} planning to the {jargon} reviews that close a project.",
}

var overviewSents2 = []string{
	"The role connects {fam} specialists with the people who use the results, so communication matters as much as technical depth.",
	"Compared with neighbouring {fam} roles, a {role} owns the whole {jargon} lifecycle, from planning to review.",
	"Results show up in {jargon} reports, {jargon} audits and the quality of the {work} the team delivers.",
	"Much of the value comes from catching {jargon} problems early, before they reach {work}.",
}

var takeaways = []string{
	"Pay runs from {low} to {high}, with experience and employer deciding where you fall.",
	"The job mixes {jargon} with {jargon}; expect to spend time on {work} as well.",
	"You need solid {skill} and {skill} skills, plus fluency with {tool}.",
	"Certifications such as the {cert} help you stand out.",
	"Demand grows by {growth} over 10 years, with about {openings} openings a year.",
	"It suits people who like careful {jargon} work and clear {work}.",
}

var daySents = []string{
	"Routine work is the larger part of the job: {jargon} checks, {jargon} updates and {work}.",
	"Expect to spend more hours on {jargon} and {work} than on anything glamorous.",
	"No two weeks look the same, but {tool} is open on the screen most of the day.",
}

var dayMorning = []string{
	"review the overnight {jargon} results in {tool}.",
	"check the {jargon} queue and plan the day with the team.",
	"answer questions from {work} about yesterday's {jargon} work.",
}

var dayAfternoon = []string{
	"run {jargon} sessions and record the outcomes in {tool}.",
	"fix a {jargon} problem and write up what changed for {work}.",
	"work on the longer {jargon} project with {fam} colleagues.",
}

var dayTasks = []string{
	"Running {jargon} checks with {tool}",
	"Preparing {jargon} reports for {work}",
	"Keeping {jargon} records accurate and complete",
	"Planning {jargon} work with {fam} colleagues",
	"Troubleshooting {jargon} and {jargon} issues",
	"Updating {tool} configurations and templates",
	"Reviewing {work} and signing off {jargon} changes",
	"Training new colleagues on {skill}",
}

var pathBullets = []string{
	"Take an introductory course in {field} or {fam}",
	"Practise {jargon} on small projects",
	"Learn {tool} well enough to use it without the manual",
	"Shadow an experienced {role} for a few weeks",
	"Earn the {cert}",
	"Build a short portfolio of {jargon} work",
	"Apply for junior {role} positions",
	"Specialise in {jargon} or {jargon}",
}

var toolCategories = []string{"Core {field} software", "{Jargon} equipment", "Data and reporting", "Collaboration and records",
	"Analysis", "Automation", "Field tools", "Planning and scheduling"}

var toolDescs = []string{
	"the standard tool for {jargon} work",
	"used for {jargon} and {jargon}",
	"keeps {jargon} records and reports in one place",
	"automates routine {jargon} tasks",
	"a newer option popular for {jargon}",
	"handles {jargon} planning and scheduling",
}

var skillDescs = []string{
	"a thorough grasp of {jargon} and the rules behind it",
	"the everyday core of the role, practised with {tool}",
	"needed for {jargon} work at any scale",
	"keeping {jargon} quality high under deadlines",
}

var softSkillLines = []string{
	"**Communication**: explaining {jargon} results to {work}",
	"**Attention to detail**: catching {jargon} errors before they spread",
	"**Time management**: juggling {jargon} work and {work}",
	"**Teamwork**: working alongside {fam} colleagues",
	"**Problem solving**: tracking down faults in {jargon} processes",
}

var portfolio = []string{
	"An end-to-end {jargon} project, from planning to a written review",
	"A {tool} setup that automates a {jargon} task",
	"A case study of a {jargon} problem you solved for {work}",
	"A report comparing {jargon} methods on real data",
	"Contributions to open {fam} projects or community groups",
	"A short write-up of a {jargon} audit you ran",
	"A tutorial on {skill} for beginners",
}

var portfolioTail = []string{
	"Keep each project short and show the result first.",
	"Employers care more about clear {jargon} reasoning than polish.",
	"Link the work from your CV and be ready to walk through it in an interview.",
}

var interviewTech = []string{
	"How would you plan a {jargon} project with a tight deadline?",
	"What is the difference between {jargon} and {jargon}?",
	"How do you set up {tool} for {jargon} work?",
	"Which checks catch {jargon} errors early?",
	"When would you choose {tool} over {tool}?",
	"How do you keep {jargon} records audit-ready?",
}

var interviewPractical = []string{
	"A short {jargon} exercise with {tool}",
	"Reviewing a flawed {jargon} report and listing the problems",
	"Planning a week of {jargon} work from a brief",
	"Explaining a {jargon} result to a non-specialist",
}

var interviewBehave = []string{
	"Tell us about a time a {jargon} project went wrong",
	"How do you handle pressure from {work}?",
	"Describe how you learned a new tool quickly",
	"How do you work with {fam} colleagues who disagree with you?",
}

var challenges = []string{
	"**{Jargon} drift**: small {jargon} errors add up unless someone checks them.",
	"**Pressure from {work}**: deadlines squeeze the time for careful {jargon} work.",
	"**Changing rules**: {org} updates its {jargon} standards every few years.",
	"**Tool sprawl**: {tool}, {tool} and {tool} rarely fit together neatly.",
	"**Documentation**: {jargon} records are tedious but audits depend on them.",
	"**Isolation**: few colleagues understand {jargon} in depth.",
}

var cope = []string{
	"they build {jargon} checklists and automate what they can with {tool}.",
	"They block out time for learning and keep in touch with {fam} communities.",
	"They push back early on unrealistic {work} deadlines.",
}

var outlookSents = []string{
	"Growth is strongest where {jargon} work is regulated.",
	"Employers in {fam} and {field} hire most of the new {role}s.",
	"Automation in {tool} changes the job more than it removes it.",
}
