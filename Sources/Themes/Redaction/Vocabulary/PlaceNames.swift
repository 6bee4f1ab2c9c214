/// Places in and beyond England that a quote should not carry: cities and large towns, counties,
/// London boroughs, the Lancashire towns of the seeds' own research (002), and the countries and
/// cities that families most often come from. Folded, one entry per place; several words where
/// the place has several ("milton keynes"). A deployment adds its own streets, estates, villages,
/// schools and services with `--places`.
///
/// The UK's nations are not here: "England" or "Wales" points at no one.
enum PlaceNames {
    /// Places that are also everyday words ("Reading", "Bath", "Hull", "Turkey"): a place only when
    /// written with a capital and not at the start of a sentence.
    static let alsoWords: Set<String> = [
        "reading", "bath", "wells", "sale", "deal", "bury", "rugby", "hull", "barking", "turkey", "china",
        "sandwell", "chad", "jersey", "guernsey", "bow", "poplar", "hayes", "boston",
    ]

    static let all: [String] = alsoWords.sorted() + [
        // Cities and large towns
        "london", "birmingham", "manchester", "liverpool", "leeds", "sheffield", "bristol", "newcastle",
        "nottingham", "leicester", "coventry", "bradford", "stoke", "stoke on trent", "wolverhampton",
        "plymouth", "southampton", "portsmouth", "derby", "sunderland", "brighton", "hove", "oxford",
        "cambridge", "york", "exeter", "norwich", "ipswich", "peterborough", "luton", "milton keynes",
        "northampton", "swindon", "gloucester", "cheltenham", "worcester", "hereford", "lincoln", "doncaster",
        "rotherham", "barnsley", "wakefield", "huddersfield", "halifax", "bolton", "oldham", "rochdale",
        "stockport", "salford", "wigan", "warrington", "blackpool", "lancaster", "carlisle", "durham",
        "middlesbrough", "darlington", "stockton", "hartlepool", "gateshead", "chester", "crewe",
        "shrewsbury", "telford", "walsall", "dudley", "solihull", "nuneaton", "leamington", "warwick",
        "stafford", "burton", "mansfield", "chesterfield", "grimsby", "scunthorpe", "harrogate",
        "scarborough", "slough", "watford", "stevenage", "basildon", "southend", "chelmsford", "colchester",
        "maidstone", "canterbury", "dover", "margate", "hastings", "eastbourne", "crawley", "guildford",
        "woking", "bournemouth", "poole", "weymouth", "taunton", "torquay", "truro", "swansea", "cardiff",
        "newport", "wrexham", "bangor", "aberystwyth", "glasgow", "edinburgh", "aberdeen", "dundee",
        "belfast", "derry", "inverness", "stirling", "paisley", "st helens", "st albans", "bedford",
        "high wycombe", "aylesbury", "wycombe", "huntingdon", "kettering", "corby", "wellingborough",
        "grantham", "skegness", "hereford", "kidderminster", "redditch", "bromsgrove", "tamworth",
        "cannock", "lichfield", "rugeley", "macclesfield", "congleton", "wilmslow", "altrincham", "stretford",
        "ashton", "tameside", "trafford", "knowsley", "sefton", "bootle", "birkenhead", "wallasey", "wirral",
        "southport", "st annes", "keighley", "dewsbury", "batley", "castleford", "pontefract", "selby",
        "goole", "beverley", "bridlington", "whitby", "redcar", "stanley", "consett", "hexham", "blyth",
        "ashington", "morpeth", "workington", "whitehaven", "barrow", "kendal", "penrith",
        // Lancashire (002)
        "lancashire", "preston", "blackburn", "burnley", "darwen", "chorley", "accrington", "rossendale",
        "fylde", "wyre", "pendle", "colne", "nelson", "clitheroe", "ormskirk", "skelmersdale", "morecambe",
        "fleetwood", "lytham", "leyland", "hyndburn", "ribble valley", "haslingden", "rawtenstall", "bacup",
        "padiham", "great harwood", "oswaldtwistle", "garstang", "kirkham", "carnforth", "heysham",
        // London boroughs and districts (004 is a three-borough partnership)
        "hammersmith", "fulham", "kensington", "chelsea", "westminster", "camden", "islington", "hackney",
        "tower hamlets", "newham", "southwark", "lambeth", "lewisham", "greenwich", "bexley", "bromley",
        "croydon", "sutton", "merton", "kingston", "richmond", "hounslow", "hillingdon", "ealing", "brent",
        "harrow", "barnet", "enfield", "haringey", "waltham forest", "redbridge", "havering", "dagenham",
        "wandsworth", "brixton", "peckham", "tottenham", "walthamstow", "stratford", "ilford", "romford",
        "wembley", "southall", "acton", "shepherds bush", "white city", "notting hill", "paddington",
        "pimlico", "soho", "whitechapel", "bethnal green", "stepney", "leyton", "edmonton",
        "woolwich", "catford", "deptford", "streatham", "battersea", "clapham", "putney", "wimbledon",
        "mitcham", "morden", "hendon", "finchley", "edgware", "kilburn", "harlesden", "willesden",
        // Counties and regions
        "yorkshire", "cheshire", "cumbria", "merseyside", "northumberland", "cornwall", "dorset",
        "somerset", "wiltshire", "hampshire", "surrey", "kent", "sussex", "essex", "suffolk", "norfolk",
        "cambridgeshire", "hertfordshire", "bedfordshire", "buckinghamshire", "berkshire", "oxfordshire",
        "gloucestershire", "worcestershire", "herefordshire", "shropshire", "staffordshire",
        "warwickshire", "leicestershire", "nottinghamshire", "derbyshire", "lincolnshire",
        "northamptonshire", "rutland", "midlands", "west midlands", "east midlands", "teesside", "tyneside",
        "greater manchester", "devon", "cotswolds",
        // Countries and cities families come from
        "pakistan", "india", "bangladesh", "nigeria", "ghana", "somalia", "somaliland", "poland", "romania",
        "lithuania", "latvia", "bulgaria", "albania", "afghanistan", "iraq", "iran", "syria", "eritrea",
        "ethiopia", "sudan", "jamaica", "trinidad", "barbados", "zimbabwe", "kenya", "uganda", "morocco",
        "algeria", "egypt", "yemen", "sri lanka", "vietnam", "philippines", "portugal", "spain", "italy",
        "france", "germany", "usa", "america", "canada", "australia", "dubai", "saudi", "saudi arabia",
        "ukraine", "russia", "congo", "cameroon", "sierra leone", "gambia", "senegal", "south africa",
        "brazil", "kurdistan", "punjab", "kashmir", "mirpur", "sylhet", "lahore", "karachi", "islamabad",
        "dhaka", "delhi", "mumbai", "lagos", "abuja", "accra", "kabul", "baghdad", "mogadishu", "hargeisa",
        "warsaw", "krakow", "bucharest", "vilnius", "riga", "sofia", "tirana", "kingston jamaica",
    ]
}

extension PlaceNames {
    /// Single-word places, for the capitalised-run rule (several-word places go to the watch list).
    static let lookup: Set<String> = Set(all.filter { !$0.contains(" ") })
}
