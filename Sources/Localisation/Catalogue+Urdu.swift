// Machine-drafted by the Chorus developers; NOT yet checked by a native speaker. Do not deploy to
// survivors before a native speaker (ideally a specialist domestic abuse service working in this
// language) has reviewed every string.

/// The survivor-facing interface in Urdu (اردو), written right to left in Urdu script, not Roman
/// Urdu: every page's chrome, the quick exit, the survey pages and their errors, thank-you and
/// withdrawal, the safety page and the findings page; the forum's words are in
/// `Catalogue+UrduForum.swift`. Staff and report strings are left out on purpose and fall back to
/// English: staff and leads work in English.
///
/// Register: NHS Urdu leaflets, the respectful "آپ", short sentences (reading age 9 to 11, as the
/// English). Digits are Western (0-9), as in the phone numbers and `{placeholders}`, which are
/// exactly as in English. Latin script is kept only where a person must match what they see
/// elsewhere: the "Shift" key, "Tor Browser" (to search for it) and the shape of a withdrawal code.
/// The helpline's name is spelt out in Urdu script, as NHS leaflets do. See docs/translations.md.
extension Catalogue {
    /// Urdu, unreviewed (see `unreviewedLanguages`).
    public static let urdu = Catalogue(language: "ur", table: urduTable)

    /// Everything in Urdu: the core strings here and the forum's.
    static let urduTable: [StringKey: String] = urduCoreTable.merging(urduForumTable) { core, _ in core }

    static let urduCoreTable: [StringKey: String] = [
        // Every page
        .siteName: "رائے",
        .skipToContent: "اصل مواد پر جائیں",
        .quickExit: "یہ ویب سائٹ چھوڑیں",
        .quickExitHint: "یا Shift کو 3 بار دبائیں",
        .quickExitPressCount: "Shift کو 3 میں سے {count} بار دبایا گیا",
        .supportHeading: "مدد",
        .supportLine: "مفت اور رازدارانہ مدد، دن کے 24 گھنٹے: نیشنل ڈومیسٹک ابیوز ہیلپ لائن، 0808 2000 247۔",
        .emergencyLine: "اگر آپ اس وقت خطرے میں ہیں تو 999 پر کال کریں۔ اگر آپ بول نہیں سکتے تو 999 پر کال کریں اور پھر 55 دبائیں۔",
        .safetyLink: "آن لائن محفوظ کیسے رہیں",
        // Survey pages
        .startIntroHeading: "اس سروے کے بارے میں",
        .surveyLength: "اس میں زیادہ سے زیادہ {pages} صفحات ہیں اور تقریباً {minutes} منٹ لگتے ہیں۔",
        .surveyLengthOnePage: "یہ ایک صفحہ ہے اور تقریباً {minutes} منٹ لگتے ہیں۔",
        .consentHeading: "شروع کرنے سے پہلے",
        .consentSummaryDefault: "حصہ لینا آپ کی مرضی ہے، اور آپ کسی بھی وقت رک سکتے ہیں۔ ہم آپ کا نام نہیں پوچھتے، اور آپ کے جوابات بھیجتے ہی انہیں تالا لگ جاتا ہے۔",
        .consentDetails: "ہم آپ کے جوابات کو کیسے محفوظ رکھتے ہیں، اس کے بارے میں مزید پڑھیں",
        .backHint: "ایک صفحہ پیچھے جانے کے لیے اس صفحے کے نیچے موجود “واپس” کا بٹن استعمال کریں۔ آپ کے براؤزر کا واپس کا بٹن آپ کے جوابات مٹا دیتا ہے، تاکہ وہ نجی رہیں۔",
        .runByLabel: "منتظم",
        .optional: "(اختیاری)",
        .pageOf: "صفحہ {page} از {pages}",
        .next: "جاری رکھیں",
        .back: "واپس",
        .submit: "میرے جوابات بھیجیں",
        .chooseOne: "ایک کا انتخاب کریں",
        .chooseAny: "جتنے بھی لاگو ہوں، سب کا انتخاب کریں",
        .quotePermission: "آپ میرے الفاظ نقل کر سکتے ہیں",
        .quotePermissionHint: "ہم پہلے نام اور جگہیں ہٹا دیتے ہیں۔ ہم آپ کے الفاظ کبھی بھی آپ کے بارے میں تفصیلات کے ساتھ نہیں دکھاتے۔",
        .errorSummaryTitle: "ایک مسئلہ ہے",
        .errorRequired: "براہِ کرم اس سوال کا جواب دیں۔",
        .errorUnknownOption: "دکھائے گئے جوابات میں سے ایک کا انتخاب کریں۔",
        .errorTooManyValues: "صرف ایک جواب کا انتخاب کریں۔",
        .errorNotANumber: "کوئی عدد لکھیں، جیسے 3۔",
        .errorNotAWholeNumber: "کوئی پورا عدد لکھیں، جیسے 3۔",
        .errorBelowMinimum: "{min} یا اس سے زیادہ کا عدد لکھیں۔",
        .errorAboveMaximum: "{max} یا اس سے کم کا عدد لکھیں۔",
        .errorTooLong: "آپ کا جواب بہت لمبا ہے۔ {max} یا اس سے کم حروف استعمال کریں۔",
        .errorTooLongInTotal: "سب ملا کر آپ کے جوابات اتنے لمبے ہیں کہ ہم انہیں رکھ نہیں سکتے۔ براہِ کرم یہ جواب چھوٹا کریں۔ ابھی تک کچھ نہیں بھیجا گیا۔",
        .errorWrongKind: "یہ جواب پڑھا نہیں جا سکا۔ براہِ کرم دوبارہ کوشش کریں۔",
        .errorFormNotOurs: "فارم میں کوئی ایسی چیز تھی جس کی ہمیں توقع نہیں تھی، اس لیے کچھ بھی محفوظ نہیں کیا گیا۔ براہِ کرم شروع سے دوبارہ کوشش کریں۔",
        .errorTooLarge: "آپ کے جوابات بھیجنے کے لیے بہت لمبے ہیں۔ براہِ کرم انہیں چھوٹا کریں اور دوبارہ کوشش کریں۔ کچھ بھی محفوظ نہیں کیا گیا۔",
        .errorNotFound: "ہمیں وہ صفحہ نہیں ملا۔",
        .errorServer: "ہماری طرف کچھ غلط ہو گیا۔ کچھ بھی محفوظ نہیں کیا گیا۔ براہِ کرم بعد میں دوبارہ کوشش کریں۔",
        .errorBusyHeading: "ابھی مصروف ہے",
        .errorBusyBody: "اس وقت بہت سے لوگ سائن ان کر رہے ہیں۔ کچھ بھی محفوظ نہیں کیا گیا۔ براہِ کرم چند سیکنڈ انتظار کریں اور دوبارہ کوشش کریں۔",
        .errorMethod: "یہ کام نہیں ہوا۔ براہِ کرم واپس جائیں اور دوبارہ کوشش کریں۔",
        .confirmHeading: "آپ آخر تک پہنچ گئے ہیں",
        .confirmBody: "آپ کے لیے مزید کوئی سوال نہیں ہے۔ اپنے جوابات ابھی بھیجیں، یا انہیں چیک کرنے کے لیے واپس جائیں۔",
        .confirmBack: "واپس جائیں اور چیک کریں",
        .expiredHeading: "اس صفحے کی مدت ختم ہو گئی ہے",
        .expiredBody: "یہ صفحہ پہلے ہی بھیجا جا چکا ہے۔ آپ کے جوابات کو نجی رکھنے کے لیے ہم انہیں کبھی دوبارہ نہیں دکھاتے۔ اگر آپ نے ابھی سروے پورا نہیں کیا تھا تو براہِ کرم دوبارہ شروع کریں۔ اگلی بار صفحے پر موجود “واپس” کا بٹن استعمال کریں، براؤزر کا نہیں۔",
        .expiredStartAgain: "دوبارہ شروع کریں",
        .surveyListHeading: "اپنی رائے دیں",
        .surveyListIntro: "ایک سروے کا انتخاب کریں۔ آپ کو اپنا نام بتانے کی ضرورت نہیں، اور آپ کوئی بھی سوال چھوڑ سکتے ہیں۔",
        .noSurveys: "اس وقت کوئی سروے کھلا نہیں ہے۔",
        // Thank you and withdrawal
        .thanksHeading: "شکریہ",
        .thanksBody: "آپ کے جوابات محفوظ ہو گئے ہیں۔ انہیں تالا لگا دیا گیا ہے تاکہ صرف وہی لوگ انہیں پڑھ سکیں جو نتائج کا مطالعہ کرتے ہیں، اور ان سے یہ پتہ نہیں چلتا کہ آپ کون ہیں۔",
        .withdrawCodeHeading: "اگر آپ اپنا ارادہ بدل لیں",
        .withdrawCodeBody: "آپ اس کوڈ سے بعد میں اپنے جوابات واپس لے سکتے ہیں۔ اسے صرف اسی صورت میں رکھیں جب اسے رکھنا محفوظ ہو۔ آپ کو کسی اور کام کے لیے اس کی ضرورت نہیں۔",
        .withdrawLinkText: "میرے جوابات واپس لیں",
        .withdrawHeading: "اپنے جوابات واپس لیں",
        .withdrawIntro: "وہ کوڈ لکھیں جو آپ کو جوابات بھیجتے وقت دیا گیا تھا۔ ہم آپ کے جوابات مٹا دیں گے۔",
        .withdrawCodeLabel: "آپ کا کوڈ",
        .withdrawButton: "میرے جوابات مٹا دیں",
        .withdrawDone: "آپ کے جوابات مٹا دیے گئے ہیں۔ انہیں گنا نہیں جائے گا۔",
        .withdrawNotFound: "ہمیں اس کوڈ کے جوابات نہیں ملے۔ ہو سکتا ہے وہ پہلے ہی مٹا دیے گئے ہوں۔ کوڈ چیک کریں اور دوبارہ کوشش کریں۔",
        .withdrawInvalid: "یہ ہمارا دیا ہوا کوڈ نہیں لگتا۔ ہمارے کوڈ ABCD-EFGH-JKMN-PQRS جیسے ہوتے ہیں۔",
        // Safety page: the quoted button name is `quickExit` above, word for word.
        .safetyHeading: "آن لائن محفوظ رہنا",
        .safetyBody: """
            “یہ ویب سائٹ چھوڑیں” کا بٹن، یا Shift کو 3 بار دبانا، آپ کو فوراً موسم کی ایک ویب سائٹ پر لے جاتا ہے۔ یہ صفحہ ہٹا کر اس کی جگہ دوسرا صفحہ آ جاتا ہے، اس لیے براؤزر کا واپس جانے والا بٹن اسے واپس نہیں لاتا۔

            یہ ہر چیز نہیں چھپا سکتا۔ جو شخص آپ کے براؤزر کی ہسٹری دیکھے، وہ پھر بھی دیکھ سکتا ہے کہ آپ اس ویب سائٹ پر آئے تھے۔

            کم نشانات چھوڑنے کے لیے:

            - پرائیویٹ یا انکوگنیٹو ونڈو استعمال کریں۔ جب آپ اسے بند کرتے ہیں تو وہ بھول جاتی ہے کہ آپ کن ویب سائٹس پر گئے تھے۔
            - بعد میں اپنی براؤزر ہسٹری صاف کر دیں، اگر ایسا کرنا آپ کے لیے محفوظ ہو۔ ہو سکتا ہے کسی کو پتہ چل جائے کہ ہسٹری اچانک خالی ہو گئی ہے۔
            - ایسا آلہ استعمال کریں جسے صرف آپ استعمال کرتے ہیں، یا لائبریری، کسی دوست کے گھر یا کام کی جگہ کا کمپیوٹر۔
            - اگر آپ کو لگتا ہے کہ کوئی آپ کی آن لائن سرگرمی پر نظر رکھ رہا ہے، تو Tor Browser یہ چھپا دیتا ہے کہ آپ کن ویب سائٹس پر جاتے ہیں۔ یہ مفت ہے۔

            یہ ویب سائٹ سروے کے صفحات پر کوکیز استعمال نہیں کرتی۔ یہ ریکارڈ نہیں کرتی کہ آپ کون ہیں یا آپ کون سا آلہ استعمال کرتے ہیں۔
            """,
        // The findings page. `findingsNotShown` is quoted in `findingsNotShownNote`, word for word.
        .findingsLink: "لوگوں نے ہمیں کیا بتایا، اور کیا بدل رہا ہے",
        .findingsNothingHeading: "نتائج یہاں دکھائے جائیں گے",
        .findingsNothingBody: "جب ہم پڑھ لیں گے کہ لوگوں نے ہمیں کیا بتایا، تو ہم اس صفحے پر بتائیں گے کہ ہمیں کیا پتہ چلا، اور اس کی وجہ سے کیا بدل رہا ہے۔ براہِ کرم بعد میں دوبارہ آئیں۔",
        .findingsPublished: "{partnership} نے {month} میں شائع کیا۔",
        .findingsPeriod: "یہ نتائج {from} سے {to} تک دیے گئے جوابات پر مبنی ہیں۔",
        .findingsPeriodOneMonth: "یہ نتائج {month} میں دیے گئے جوابات پر مبنی ہیں۔",
        .findingsRespondents: "حصہ لینے والے لوگ: {count}۔",
        .findingsNotShown: "نہیں دکھایا گیا",
        .findingsNotShownNote: "کچھ اعداد کی جگہ “نہیں دکھایا گیا” لکھا ہے۔ ہم حصہ لینے والے لوگوں کی حفاظت کے لیے انہیں چھپاتے ہیں۔",
        .findingsRoundingNote: "اعداد کو {base} کے کسی گنا تک گول کیا گیا ہے، اس لیے ہو سکتا ہے ان کا جوڑ بالکل پورا نہ ہو۔",
        .findingsSummaryHeading: "ہمیں کیا پتہ چلا",
        .findingsKeyPointsHeading: "آپ نے ہمیں کیا بتایا",
        .findingsQuotesHeading: "آپ کے اپنے الفاظ میں",
        .findingsQuoteQuestion: "اس سوال کا جواب: {question}",
        .findingsRecommendationsHeading: "آپ نے کہا، ہم نے کیا",
        .findingsRecommendationsIntro: "کیا بدلنے کی ضرورت ہے، یہ کون کر رہا ہے، اور کام کہاں تک پہنچا ہے۔",
        .findingsFor: "کس کے لیے",
        .findingsOwner: "یہ کون کر رہا ہے",
        .findingsStatus: "پیش رفت",
        .findingsDue: "کب تک ہونا ہے",
        .findingsUpdate: "اب تک کیا کیا گیا ہے",
        .findingsNoUpdate: "ابھی بتانے کے لیے کچھ نہیں ہے۔",
        .findingsStatusRed: "سرخ: پیچھے ہے یا شروع نہیں ہوا",
        .findingsStatusAmber: "زرد: شروع ہو گیا ہے",
        .findingsStatusGreen: "سبز: مکمل ہو گیا ہے یا ٹھیک چل رہا ہے",
        .findingsAudiencePartnership: "مقامی شراکت داری",
        .findingsAudiencePolice: "پولیس",
        .findingsAudienceHousing: "رہائش کی خدمات",
        .findingsAudienceHealth: "صحت کی خدمات",
        .findingsAudienceChildrensServices: "بچوں کی خدمات",
        .findingsAudienceSpecialistServices: "گھریلو بدسلوکی کی ماہر خدمات",
        .findingsMethodHeading: "ہم نے یہ کیسے کیا",
        .findingsLimitationsHeading: "یہ نتائج ہمیں کیا نہیں بتا سکتے",
        .findingsCoverageHeading: "کس نے حصہ لیا",
        .findingsFromSurvivors: "تشدد سے بچ جانے والوں نے ہمیں کیا بتایا",
        .findingsFromProfessionals: "پیشہ ور افراد نے ہمیں کیا بتایا",
        .findingsFromThoseWhoHarm: "دوسروں کو نقصان پہنچانے والے لوگوں نے ہمیں کیا بتایا",
        .findingsFromYoungPeople: "نوجوانوں نے ہمیں کیا بتایا",
        .findingsFromPublic: "عام لوگوں نے ہمیں کیا بتایا",
        .findingsYouSaid: "آپ نے کہا",
        .findingsSeparateGroups: "ہر گروپ کے جوابات الگ دکھائے جاتے ہیں، کبھی ایک ساتھ جمع نہیں کیے جاتے۔",
        .findingsBases: "جن لوگوں سے پوچھا گیا: {asked}۔ جن لوگوں نے جواب دیا: {answered}۔",
        .findingsAnswerHeading: "جواب",
        .findingsPeopleHeading: "لوگ",
        .findingsColumnCaption: "{label} ({count} لوگ)",
        .findingsColumnCaptionNotShown: "{label} (لوگوں کی تعداد نہیں دکھائی گئی)",
        .findingsCountWithPercent: "{count} ({percent})",
        .findingsPercent: "{percent}%",
    ]
}
