// Machine-drafted by the Chorus developers; NOT yet checked by a native speaker. Do not deploy to
// survivors before a native speaker (ideally a specialist domestic abuse service working in this
// language) has reviewed every string.

/// The survivor-facing interface in Welsh (Cymraeg): every page's chrome, the quick exit, the survey
/// pages and their errors, thank-you and withdrawal, the safety page and the findings page; the
/// forum's words are in `Catalogue+WelshForum.swift`. Staff and report strings are left out on
/// purpose and fall back to English: staff and leads work in English.
///
/// Register: GOV.UK Welsh, the polite "chi", short sentences (reading age 9 to 11, as the English).
/// Phone numbers and `{placeholders}` are exactly as in English; "Shift" is the key's name and
/// "Tor Browser" a product's. The helpline keeps its English name: it has no official Welsh one, and
/// it is the name a caller will hear when it answers. See docs/translations.md.
extension Catalogue {
    /// Welsh, unreviewed (see `unreviewedLanguages`).
    public static let welsh = Catalogue(language: "cy", table: welshTable)

    /// Languages whose translations no native speaker has checked yet, so the lead can be warned
    /// before showing them to survivors. Remove a language only when a native speaker (ideally a
    /// specialist domestic abuse service working in it) has reviewed every string.
    public static let unreviewedLanguages: Set<String> = ["cy", "ur"]

    /// Everything in Welsh: the core strings here and the forum's.
    static let welshTable: [StringKey: String] = welshCoreTable.merging(welshForumTable) { core, _ in core }

    static let welshCoreTable: [StringKey: String] = [
        // Every page
        .siteName: "Adborth",
        .skipToContent: "Neidio i'r prif gynnwys",
        .quickExit: "Gadael y wefan hon",
        .quickExitHint: "Neu pwyswch Shift 3 gwaith",
        .quickExitPressCount: "Wedi pwyso Shift {count} o 3 gwaith",
        .supportHeading: "Cymorth",
        .supportLine: "Cymorth am ddim a chyfrinachol, 24 awr y dydd: National Domestic Abuse Helpline, 0808 2000 247.",
        .emergencyLine: "Os ydych chi mewn perygl nawr, ffoniwch 999. Os na allwch chi siarad, ffoniwch 999 ac yna pwyswch 55.",
        .safetyLink: "Sut i gadw'n ddiogel ar-lein",
        // Survey pages
        .startIntroHeading: "Am yr arolwg hwn",
        .surveyLength: "Mae ganddo hyd at {pages} tudalen ac mae'n cymryd tua {minutes} munud.",
        .surveyLengthOnePage: "Mae'n un dudalen ac mae'n cymryd tua {minutes} munud.",
        .consentHeading: "Cyn i chi ddechrau",
        .consentSummaryDefault: "Eich dewis chi yw cymryd rhan, a gallwch chi stopio ar unrhyw adeg. Dydyn ni ddim yn gofyn am eich enw, ac mae eich atebion yn cael eu cloi cyn gynted ag y byddwch chi'n eu hanfon.",
        .consentDetails: "Darllenwch fwy am sut rydyn ni'n cadw eich atebion yn ddiogel",
        .backHint: "I fynd yn ôl tudalen, defnyddiwch y botwm Yn ôl ar waelod y dudalen hon. Mae botwm Yn ôl eich porwr yn clirio eich atebion, i'w cadw'n breifat.",
        .runByLabel: "Yn cael ei gynnal gan",
        .optional: "(dewisol)",
        .pageOf: "Tudalen {page} o {pages}",
        .next: "Parhau",
        .back: "Yn ôl",
        .submit: "Anfon fy atebion",
        .chooseOne: "Dewiswch un",
        .chooseAny: "Dewiswch bob un sy'n berthnasol",
        .quotePermission: "Cewch chi ddyfynnu fy ngeiriau",
        .quotePermissionHint: "Rydyn ni'n tynnu enwau a lleoedd allan yn gyntaf. Fyddwn ni byth yn dangos eich geiriau wrth ymyl manylion amdanoch chi.",
        .errorSummaryTitle: "Mae problem wedi codi",
        .errorRequired: "Atebwch y cwestiwn hwn.",
        .errorUnknownOption: "Dewiswch un o'r atebion sydd ar y dudalen.",
        .errorTooManyValues: "Dewiswch un ateb yn unig.",
        .errorNotANumber: "Rhowch rif, fel 3.",
        .errorNotAWholeNumber: "Rhowch rif cyfan, fel 3.",
        .errorBelowMinimum: "Rhowch rif sy'n {min} neu fwy.",
        .errorAboveMaximum: "Rhowch rif sy'n {max} neu lai.",
        .errorTooLong: "Mae eich ateb yn rhy hir. Defnyddiwch {max} nod neu lai.",
        .errorTooLongInTotal: "Gyda'i gilydd, mae eich atebion yn rhy hir i ni eu cadw. Gwnewch yr ateb hwn yn fyrrach. Does dim byd wedi cael ei anfon eto.",
        .errorWrongKind: "Doedd dim modd darllen yr ateb hwn. Rhowch gynnig arall arni.",
        .errorFormNotOurs: "Roedd rhywbeth yn y ffurflen nad oedden ni'n ei ddisgwyl, felly chafodd dim byd ei gadw. Rhowch gynnig arall arni o'r dechrau.",
        .errorTooLarge: "Mae eich atebion yn rhy hir i'w hanfon. Gwnewch nhw'n fyrrach a rhowch gynnig arall arni. Chafodd dim byd ei gadw.",
        .errorNotFound: "Doedd dim modd i ni ddod o hyd i'r dudalen honno.",
        .errorServer: "Aeth rhywbeth o'i le ar ein hochr ni. Chafodd dim byd ei gadw. Rhowch gynnig arall arni yn nes ymlaen.",
        .errorBusyHeading: "Prysur am eiliad",
        .errorBusyBody: "Mae llawer o bobl yn mewngofnodi ar hyn o bryd. Chafodd dim byd ei gadw. Arhoswch ychydig eiliadau a rhowch gynnig arall arni.",
        .errorMethod: "Wnaeth hynny ddim gweithio. Ewch yn ôl a rhowch gynnig arall arni.",
        .confirmHeading: "Rydych chi wedi cyrraedd y diwedd",
        .confirmBody: "Does dim rhagor o gwestiynau i chi. Anfonwch eich atebion nawr, neu ewch yn ôl i'w gwirio.",
        .confirmBack: "Mynd yn ôl i wirio",
        .expiredHeading: "Mae'r dudalen hon wedi dod i ben",
        .expiredBody: "Mae'r dudalen hon wedi cael ei hanfon yn barod. I gadw eich atebion yn breifat, fyddwn ni byth yn eu dangos eto. Os oeddech chi hanner ffordd drwodd, dechreuwch eto. Y tro nesaf, defnyddiwch y botwm Yn ôl ar y dudalen, nid botwm y porwr.",
        .expiredStartAgain: "Dechrau eto",
        .surveyListHeading: "Dweud eich dweud",
        .surveyListIntro: "Dewiswch arolwg. Does dim rhaid i chi roi eich enw, a gallwch chi hepgor unrhyw gwestiwn.",
        .noSurveys: "Does dim arolygon ar agor ar hyn o bryd.",
        // Thank you and withdrawal
        .thanksHeading: "Diolch",
        .thanksBody: "Mae eich atebion wedi cael eu cadw. Maen nhw wedi'u cloi fel mai dim ond y bobl sy'n astudio'r canlyniadau sy'n gallu eu darllen, a dydyn nhw ddim yn dangos pwy ydych chi.",
        .withdrawCodeHeading: "Os byddwch chi'n newid eich meddwl",
        .withdrawCodeBody: "Gallwch chi dynnu eich atebion yn ôl yn nes ymlaen gyda'r cod hwn. Cadwch y cod dim ond os yw'n ddiogel i chi ei gadw. Does dim angen y cod arnoch chi ar gyfer unrhyw beth arall.",
        .withdrawLinkText: "Tynnu fy atebion yn ôl",
        .withdrawHeading: "Tynnu eich atebion yn ôl",
        .withdrawIntro: "Rhowch y cod a gawsoch chi pan wnaethoch chi anfon eich atebion. Byddwn ni'n eu dileu.",
        .withdrawCodeLabel: "Eich cod",
        .withdrawButton: "Dileu fy atebion",
        .withdrawDone: "Mae eich atebion wedi cael eu dileu. Fyddan nhw ddim yn cael eu cyfrif.",
        .withdrawNotFound: "Doedd dim modd i ni ddod o hyd i atebion ar gyfer y cod hwnnw. Efallai eu bod nhw wedi cael eu dileu yn barod. Gwiriwch y cod a rhowch gynnig arall arni.",
        .withdrawInvalid: "Dydy hwnnw ddim yn edrych fel cod gennym ni. Mae ein codau ni'n edrych fel ABCD-EFGH-JKMN-PQRS.",
        // Safety page: the quoted button name is `quickExit` above, word for word.
        .safetyHeading: "Cadw'n ddiogel ar-lein",
        .safetyBody: """
            Mae'r botwm "Gadael y wefan hon", neu bwyso Shift 3 gwaith, yn mynd â chi i wefan tywydd ar unwaith. Mae'r dudalen hon yn cael ei disodli, felly fydd y botwm Yn ôl ddim yn dod â hi yn ôl.

            Dydy hyn ddim yn gallu cuddio popeth. Efallai y bydd rhywun sy'n edrych ar hanes eich porwr yn dal i weld eich bod chi wedi ymweld â'r wefan hon.

            I adael llai o olion:

            - Defnyddiwch ffenestr breifat neu incognito. Mae hi'n anghofio'r gwefannau rydych chi'n ymweld â nhw pan fyddwch chi'n ei chau.
            - Cliriwch hanes eich porwr wedyn, os yw hynny'n ddiogel i chi. Efallai y bydd rhywun yn sylwi bod yr hanes yn wag yn sydyn.
            - Defnyddiwch ddyfais mai dim ond chi sy'n ei defnyddio, neu gyfrifiadur mewn llyfrgell, yng nghartref ffrind neu yn y gwaith.
            - Os ydych chi'n meddwl bod rhywun yn gwylio beth rydych chi'n ei wneud ar-lein, mae Tor Browser yn cuddio pa wefannau rydych chi'n ymweld â nhw. Mae am ddim.

            Dydy'r wefan hon ddim yn defnyddio cwcis ar dudalennau'r arolwg. Dydy hi ddim yn cofnodi pwy ydych chi na pha ddyfais rydych chi'n ei defnyddio.
            """,
        // The findings page. `findingsNotShown` is quoted in `findingsNotShownNote`, word for word.
        .findingsLink: "Beth ddywedodd pobl wrthyn ni, a beth sy'n newid",
        .findingsNothingHeading: "Bydd y canlyniadau'n ymddangos yma",
        .findingsNothingBody: "Pan fyddwn ni wedi darllen beth ddywedodd pobl wrthyn ni, byddwn ni'n rhannu ar y dudalen hon beth wnaethon ni ei ddarganfod, a beth sy'n newid o'i herwydd. Dewch yn ôl yn nes ymlaen.",
        .findingsPublished: "Cyhoeddwyd ym mis {month} gan {partnership}.",
        .findingsPeriod: "Daw'r canlyniadau hyn o atebion a gafodd eu rhoi o {from} i {to}.",
        .findingsPeriodOneMonth: "Daw'r canlyniadau hyn o atebion a gafodd eu rhoi ym mis {month}.",
        .findingsRespondents: "Pobl a gymerodd ran: {count}.",
        .findingsNotShown: "heb ei ddangos",
        .findingsNotShownNote: "Mae rhai rhifau'n dweud “heb ei ddangos”. Rydyn ni'n eu cuddio i ddiogelu'r bobl a gymerodd ran.",
        .findingsRoundingNote: "Mae'r rhifau wedi'u talgrynnu i luosrif o {base}, felly efallai na fyddan nhw'n adio'n union.",
        .findingsSummaryHeading: "Beth wnaethon ni ei ddarganfod",
        .findingsKeyPointsHeading: "Beth ddywedoch chi wrthyn ni",
        .findingsQuotesHeading: "Yn eich geiriau eich hun",
        .findingsQuoteQuestion: "Ateb i: {question}",
        .findingsRecommendationsHeading: "Dywedoch chi, fe wnaethon ni",
        .findingsRecommendationsIntro: "Beth sydd angen ei newid, pwy sy'n ei wneud, a pha mor bell maen nhw wedi mynd.",
        .findingsFor: "Ar gyfer",
        .findingsOwner: "Pwy sy'n ei wneud",
        .findingsStatus: "Cynnydd",
        .findingsDue: "I'w wneud erbyn",
        .findingsUpdate: "Beth sydd wedi cael ei wneud hyd yma",
        .findingsNoUpdate: "Dim byd i'w ddweud eto.",
        .findingsStatusRed: "Coch: ar ei hôl hi neu heb ddechrau",
        .findingsStatusAmber: "Ambr: wedi dechrau",
        .findingsStatusGreen: "Gwyrdd: wedi'i wneud neu ar y trywydd iawn",
        .findingsAudiencePartnership: "Y bartneriaeth leol",
        .findingsAudiencePolice: "Yr heddlu",
        .findingsAudienceHousing: "Gwasanaethau tai",
        .findingsAudienceHealth: "Gwasanaethau iechyd",
        .findingsAudienceChildrensServices: "Gwasanaethau plant",
        .findingsAudienceSpecialistServices: "Gwasanaethau arbenigol cam-drin domestig",
        .findingsMethodHeading: "Sut gwnaethon ni hyn",
        .findingsLimitationsHeading: "Beth na all y canlyniadau hyn ei ddweud wrthyn ni",
        .findingsCoverageHeading: "Pwy gymerodd ran",
        .findingsFromSurvivors: "Beth ddywedodd goroeswyr wrthyn ni",
        .findingsFromProfessionals: "Beth ddywedodd gweithwyr proffesiynol wrthyn ni",
        .findingsFromThoseWhoHarm: "Beth ddywedodd pobl sydd wedi niweidio eraill wrthyn ni",
        .findingsFromYoungPeople: "Beth ddywedodd pobl ifanc wrthyn ni",
        .findingsFromPublic: "Beth ddywedodd aelodau'r cyhoedd wrthyn ni",
        .findingsYouSaid: "Dywedoch chi",
        .findingsSeparateGroups: "Mae atebion pob grŵp yn cael eu dangos ar wahân, a byth yn cael eu hadio at ei gilydd.",
        .findingsBases: "Pobl a gafodd eu holi: {asked}. Pobl a atebodd: {answered}.",
        .findingsAnswerHeading: "Ateb",
        .findingsPeopleHeading: "Pobl",
        .findingsColumnCaption: "{label} ({count} o bobl)",
        .findingsColumnCaptionNotShown: "{label} (nifer y bobl heb ei ddangos)",
        .findingsCountWithPercent: "{count} ({percent})",
        .findingsPercent: "{percent}%",
    ]
}
