-- wrk script for the Chorus benchmarks. Run as
--   wrk ... -s bench/survey.lua http://127.0.0.1:PORT/s/agency-experience -- post
--   wrk ... -s bench/survey.lua http://127.0.0.1:PORT/s/agency-experience -- get
--
-- post: every request is one complete, final submission of the agency-experience survey. All the
--       answers travel in one form with _page = the last page (6) and _action=next, so the server
--       validates every page, finds no next page, seals the answers and stores one response, and
--       answers 200 with the thank-you page. Each thread builds a pool of varied, valid answer sets
--       (the relevance rules of Surveys/agency-experience.yaml are respected) and cycles through it.
-- get:  a plain GET of the survey's first page.
--
-- At the end one machine-readable line is printed:
--   BENCH requests=N duration_us=N status_errors=N connect_errors=N read_errors=N write_errors=N
--         timeouts=N p50_us=N p90_us=N p99_us=N max_us=N

local LAST_PAGE = 6
local POOL_SIZE = 256

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function pick(list) return list[math.random(#list)] end

local RATINGS = { "very_positive", "positive", "neutral", "negative", "very_negative",
                  "no_experience", "no_experience" }
local AGREEMENT = { "strongly_agree", "agree", "neither", "disagree", "strongly_disagree" }
local BARRIERS = { "not_knowing_where", "fear_repercussions", "fear_not_believed", "fear_services",
                   "not_seeing_it", "not_knowing_law", "passed_between", "money", "housing",
                   "language", "overwhelmed", "other" }
local WANTED = { "believed", "safer", "conviction", "trust", "involved", "help_to_change",
                 "help_to_rebuild", "other" }
local GOT = { "believed", "safer", "held_to_account", "involved" }
local AGE = { "18_24", "25_34", "35_44", "45_54", "55_64", "65_or_over", "prefer_not_to_say" }
local GENDER = { "woman", "woman", "woman", "man", "non_binary", "another_way", "prefer_not_to_say" }
local ETHNIC = { "asian", "black", "mixed", "white", "white", "other", "prefer_not_to_say" }
local DISABILITY = { "yes", "no", "no", "prefer_not_to_say" }
local ORIENTATION = { "straight", "straight", "gay_lesbian", "bisexual", "another", "prefer_not_to_say" }
local AREA = { "north", "south", "east", "west", "elsewhere", "prefer_not_to_say" }
local TEXTS = {
  "They listened to me and explained what would happen next, which made a real difference.",
  "I had to tell my story again and again to different people. Nobody seemed to pass anything on.",
  "Waiting weeks for a call back left me feeling unsafe & alone; a named contact would help.",
  "The first person I spoke to was kind, but after that it felt like nobody was in charge.",
  "Please train staff so that they understand coercive control, not only physical violence.",
  "More help with interpreters, forms and money would have made it much easier to ask for support.",
}

-- Distinct options from `list`, between 1 and `most` of them.
local function some(list, most)
  local chosen, seen = {}, {}
  for _ = 1, math.random(most) do
    local option = pick(list)
    if not seen[option] then seen[option] = true; table.insert(chosen, option) end
  end
  return chosen
end

local function make_body()
  local fields = {}
  local function add(name, value) table.insert(fields, name .. "=" .. encode(value)) end
  local function text(id, chance)
    if math.random() < chance then
      add(id, pick(TEXTS))
      if math.random() < 0.5 then add(id .. "__quote", "yes") end
    end
  end
  local function experienced(rating) return rating ~= "no_experience" end

  -- Page 0: getting support.
  if math.random() < 0.15 then add("barriers", "none")
  else for _, option in ipairs(some(BARRIERS, 3)) do add("barriers", option) end end
  text("barriers_comment", 0.5)
  -- Page 1: ratings.
  local rating = {}
  for _, service in ipairs({ "police", "court", "social_services", "housing", "gp", "maternity", "ae",
                             "mental_health" }) do
    rating[service] = pick(RATINGS)
    add(service .. "_rating", rating[service])
  end
  -- Page 2: police and courts (shown only to those who rated them).
  if experienced(rating.police) then text("police_comment", 0.6) end
  if experienced(rating.court) then text("court_comment", 0.6) end
  if experienced(rating.police) or experienced(rating.court) then
    for _, option in ipairs(some(WANTED, 3)) do add("justice_wanted", option) end
    if math.random() < 0.2 then add("justice_got", "none")
    else for _, option in ipairs(some(GOT, 2)) do add("justice_got", option) end end
  end
  if experienced(rating.court) then add("court_again", pick({ "yes", "no", "dont_know" })) end
  -- Page 3: social services and housing.
  if experienced(rating.social_services) then
    text("social_services_comment", 0.6)
    add("social_services_informed", pick(AGREEMENT))
  end
  if experienced(rating.housing) then text("housing_comment", 0.6) end
  -- Page 4: health services.
  for _, service in ipairs({ "gp", "maternity", "ae", "mental_health" }) do
    if experienced(rating[service]) then text(service .. "_comment", 0.5) end
  end
  -- Page 5: overall.
  add("overall_believed", pick(AGREEMENT))
  add("overall_understood", pick(AGREEMENT))
  add("overall_lottery", pick(AGREEMENT))
  text("overall_change", 0.7)
  -- Page 6: about you.
  add("age_band", pick(AGE))
  add("gender", pick(GENDER))
  add("ethnic_group", pick(ETHNIC))
  add("disability", pick(DISABILITY))
  add("sexual_orientation", pick(ORIENTATION))
  add("area", pick(AREA))
  -- The app's own controls: the last page, going forward.
  add("_page", tostring(LAST_PAGE))
  add("_action", "next")
  return table.concat(fields, "&")
end

local bodies = {}
local counter = 0

function init(args)
  local mode = args[1] or "get"
  if mode == "post" then
    math.randomseed((thread_id or 1) * 7919 + os.time())
    for i = 1, POOL_SIZE do bodies[i] = make_body() end
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  else
    -- A static request: wrk builds it once.
    request = nil
  end
end

function request()
  counter = counter % POOL_SIZE + 1
  return wrk.format("POST", nil, nil, bodies[counter])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d status_errors=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
