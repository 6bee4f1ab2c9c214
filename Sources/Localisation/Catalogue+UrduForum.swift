// Machine-drafted by the Chorus developers; NOT yet checked by a native speaker. Do not deploy to
// survivors before a native speaker (ideally a specialist domestic abuse service working in this
// language) has reviewed every string.

/// The forum's words in Urdu (اردو), in Urdu script, merged into `urduTable`. Survivors use the
/// forum, so it speaks their language like the survey pages do; staff pages stay in English.
///
/// Register as in `Catalogue+Urdu.swift`: NHS Urdu leaflets, the respectful "آپ", short sentences
/// (reading age 9 to 11), Western digits, `{placeholders}` exactly as in English, the helpline's
/// name in Urdu script. A forum name (pseudonym) is shown as it is, after a colon where Urdu word
/// order would otherwise put it in the wrong place.
/// Gender: the first person is worded to fit anyone (مجھے ... منظور ہے, مجھے معلوم ہے), and a
/// sentence to "آپ" avoids a gendered verb wherever a plain wording does (ممکن ہو گا, آپ کا اکاؤنٹ
/// ... ہو جائے گا); where none does, it uses the usual plural, as docs/translations.md says.
/// Terms, used the same way in every string: فورم, خفیہ جملہ (passphrase; پاس ورڈ is a password),
/// ماڈریٹر (moderator), پوسٹ (a post, feminine), رپورٹ کرنا (to report), گفتگو (a conversation),
/// جواب (a reply), ممبر (member), "فورم پر آپ کا نام" (your forum name), دعوتی کوڈ (invite code),
/// بحالی کوڈ (recovery code), فورم کے قواعد (house rules), سائن ان / سائن آؤٹ (sign in / out).
/// "Chorus chose this name" becomes "chosen automatically for you": survivors see the site as
/// "رائے", never as Chorus, and the point is that they did not choose it. See docs/translations.md.
extension Catalogue {
    static let urduForumTable: [StringKey: String] = [
        // Refusals, on forum and staff pages alike
        .forumFormExpiredHeading: "اس فارم کی مدت ختم ہو گئی ہے",
        .forumFormExpiredBody: "آپ کی حفاظت کے لیے فارم صرف تھوڑی دیر تک، اور صرف اسی ویب سائٹ سے، کام کرتے ہیں۔ واپس جائیں، صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔",
        .forumNotAllowedHeading: "یہاں یہ کام نہیں ہو سکتا",
        .forumNotAllowedBody: "آپ کا اکاؤنٹ یہ کام نہیں کر سکتا۔",
        .forumSuspended: "آپ کا اکاؤنٹ {until} تک معطل ہے۔ پوسٹس پڑھنا اور انہیں رپورٹ کرنا اب بھی ممکن ہے۔ ماڈریٹروں نے کہا: {reason}",
        .forumBanned: "ماڈریٹروں نے آپ کا اکاؤنٹ بند کر دیا ہے۔ اسے مٹانا اب بھی ممکن ہے۔ ماڈریٹروں نے کہا: {reason}",
        .forumWarned: "ایک ماڈریٹر نے آپ کو خبردار کیا ہے (اب تک {count} بار)۔ براہِ کرم فورم کے قواعد دوبارہ پڑھیں۔",
        // Every forum page: "آپ اس نام سے سائن ان ہیں:" is followed by the forum name
        .forumNavHome: "فورم",
        .forumNavAccount: "آپ کا اکاؤنٹ",
        .forumSignedInAs: "آپ اس نام سے سائن ان ہیں:",
        .forumSignOut: "سائن آؤٹ کریں",
        // Signing in
        .forumSignInHeading: "فورم میں سائن ان کریں",
        .forumIntro: "ایک نجی فورم، جہاں گھریلو بدسلوکی سے گزرنے والے لوگ ایک دوسرے کا ساتھ دیتے ہیں۔ ماڈریٹر پوسٹس پڑھتے ہیں، اور یہاں کوئی آپ کا اصل نام نہیں جانتا۔",
        .forumPseudonymLabel: "فورم پر آپ کا نام",
        .forumPassphraseLabel: "خفیہ جملہ",
        .forumSignInButton: "سائن ان کریں",
        .forumSignInWrong: "یہ نام اور خفیہ جملہ آپس میں میل نہیں کھاتے۔ انہیں چیک کریں اور دوبارہ کوشش کریں۔",
        .forumSignInPaused: "اس نام کے لیے بہت زیادہ کوششیں ہو چکی ہیں۔ 15 منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔",
        .forumJoinPrompt: "ابھی اکاؤنٹ نہیں ہے؟ اس کے لیے آپ کو مدد کی کسی سروس سے دعوتی کوڈ چاہیے۔",
        .forumOpenJoinPrompt: "ابھی اکاؤنٹ نہیں ہے؟",
        .forumJoinLink: "فورم میں شامل ہوں",
        // Joining
        .forumJoinHeading: "فورم میں شامل ہوں",
        .forumJoinIntro: "ہم آپ کا ای میل، آپ کا فون نمبر یا آپ کا اصل نام نہیں پوچھتے۔",
        .forumInviteLabel: "دعوتی کوڈ",
        .forumInviteHint: "12 حروف اور ہندسے، جو آپ کو مدد کی سروس سے ملے ہیں۔ خالی جگہوں اور ڈیش سے کوئی فرق نہیں پڑتا۔",
        .forumInviteInvalid: "یہ دعوتی کوڈ کام نہیں کر رہا۔ ہو سکتا ہے یہ غلط لکھا گیا ہو، پہلے استعمال ہو چکا ہو، یا اس کی مدت ختم ہو گئی ہو۔ جس سروس نے یہ کوڈ دیا تھا، اس سے نیا کوڈ مانگیں۔",
        .forumContinue: "جاری رکھیں",
        .forumYourNameHeading: "فورم پر آپ کا نام",
        .forumYourNameBody: "یہ نام آپ کے لیے خود بخود چنا گیا ہے، تاکہ اس سے کوئی یہ نہ جان سکے کہ آپ کون ہیں۔ شامل ہونے سے پہلے آپ کے لیے کوئی اور نام بھی چنا جا سکتا ہے۔",
        .forumDrawAnother: "کوئی اور نام دکھائیں",
        .forumPseudonymRedrawn: "فورم پر آپ کا نام وہی ہونا چاہیے جو خود بخود چنا گیا ہو۔ یہ رہا ایک نیا نام۔",
        .forumPseudonymTaken: "ابھی ابھی کسی اور نے یہ نام لے لیا ہے۔ یہ رہا ایک نیا نام۔",
        .forumChoosePassphraseHeading: "خفیہ جملہ چنیں",
        .forumPassphraseHint: "کم از کم {min} حروف۔ چند ایسے الفاظ اچھے رہتے ہیں جو آپ کو یاد رہیں۔ کوئی ایسا پاس ورڈ نہ لیں جو کہیں اور بھی استعمال ہوتا ہو، اور کسی مشترکہ آلے پر اپنے براؤزر کو اسے محفوظ نہ کرنے دیں۔",
        .forumConfirmLabel: "اپنا خفیہ جملہ دوبارہ لکھیں",
        .forumPassphraseTooShort: "آپ کا خفیہ جملہ کم از کم {min} حروف کا ہونا چاہیے۔",
        .forumPassphraseTooLong: "آپ کا خفیہ جملہ زیادہ سے زیادہ {max} حروف کا ہو سکتا ہے۔",
        .forumPassphraseTooCommon: "اس خفیہ جملے کا اندازہ لگانا بہت آسان ہے۔ چند ایسے الفاظ آزمائیں جن کا مطلب صرف آپ کے لیے ہو۔",
        .forumPassphraseHasName: "آپ کے خفیہ جملے میں فورم پر آپ کا نام نہیں ہونا چاہیے، کیونکہ وہ نام سب دیکھ سکتے ہیں۔",
        .forumPassphraseRepetitive: "آپ کے خفیہ جملے میں ایک ہی چیز بہت بار دہرائی گئی ہے۔ چند مختلف الفاظ آزمائیں۔",
        .forumPassphraseMismatch: "دونوں خفیہ جملے ایک جیسے نہیں ہیں۔ انہیں دوبارہ لکھیں۔",
        // House rules: `forumRulesRequired` names the box `forumRulesAccept` ticks
        .forumRulesHeading: "فورم کے قواعد",
        .forumRuleAdults: "یہ فورم بالغوں کے لیے ہے، جن کی عمر 18 سال یا اس سے زیادہ ہو۔",
        .forumRuleOwnExperience: "اپنے تجربے کے بارے میں پوسٹ کریں، اور سب سے نرمی سے پیش آئیں۔",
        .forumRuleNotEmergency: "یہ ہنگامی مدد کی سروس نہیں ہے۔ اگر آپ خطرے میں ہیں تو 999 پر کال کریں۔ کسی بھی وقت مدد کے لیے نیشنل ڈومیسٹک ابیوز ہیلپ لائن کو 0808 2000 247 پر کال کریں۔",
        .forumRuleNoDetails: "کوئی ایسی چیز پوسٹ نہ کریں جس سے کسی کی پہچان ہو سکے: نام، پتے، فون نمبر، اسکول، کام کی جگہیں یا گاڑیوں کے رجسٹریشن نمبر۔",
        .forumRuleModerated: "ماڈریٹر پوسٹس پڑھتے ہیں۔ آپ کی پہلی چند پوسٹس، اور ایسی تفصیلات والی ہر پوسٹ، دوسروں کو دکھانے سے پہلے ماڈریٹر کے دیکھنے تک روکی جاتی ہیں۔",
        .forumRulesAccept: "میں نے فورم کے قواعد پڑھ لیے ہیں اور مجھے ان پر عمل کرنا منظور ہے",
        .forumRulesRequired: "خانے پر نشان لگا کر بتائیں کہ آپ کو فورم کے قواعد پر عمل کرنا منظور ہے۔",
        .forumJoinButton: "شامل ہوں",
        // Joined: "فورم پر آپ کا نام یہ ہے:" is followed by the name and a full stop
        .forumJoinedHeading: "اب آپ فورم کا حصہ ہیں",
        .forumJoinedName: "فورم پر آپ کا نام یہ ہے:",
        .forumRecoveryHeading: "آپ کا بحالی کوڈ",
        .forumRecoveryBody: "اگر آپ اپنا خفیہ جملہ بھول جائیں تو اپنے اکاؤنٹ میں واپس آنے کا واحد راستہ یہی کوڈ ہے۔ اسے لکھ لیں اور ایسی جگہ رکھیں جہاں کوئی اور نہ دیکھے۔ یہ صرف اسی ایک بار دکھایا جا رہا ہے۔",
        .forumRecoveryWarning: "اسے کسی مشترکہ آلے پر فائل یا تصویر میں محفوظ نہ کریں۔",
        .forumGoToForum: "فورم پر جائیں",
        // Your forum name: "یہ نام لیں:" is followed by the name
        .forumDrawAnotherBody: "آپ کی پہلی پوسٹ سے پہلے آپ کے لیے کوئی اور نام خود بخود چنا جا سکتا ہے۔",
        .forumUseNameButton: "یہ نام لیں:",
        .forumPseudonymChanged: "اب فورم پر آپ کا نام {name} ہے۔",
        .forumPseudonymFixed: "آپ کی پوسٹس فورم پر آ چکی ہیں، اس لیے آپ کا نام وہی رہے گا جس سے دوسرے ممبر آپ کو جانتے ہیں۔",
        // Forgotten passphrase
        .forumRecoverHeading: "خفیہ جملہ یاد نہیں رہا؟",
        .forumRecoverIntro: "فورم پر اپنا نام اور وہ بحالی کوڈ لکھیں جو آپ کو شامل ہوتے وقت دکھایا گیا تھا، پھر نیا خفیہ جملہ چنیں۔ جہاں جہاں آپ کا اکاؤنٹ سائن ان ہے، وہاں سے سائن آؤٹ کر دیا جائے گا، اور آپ کو نیا بحالی کوڈ ملے گا۔",
        .forumRecoveryWrong: "یہ نام اور بحالی کوڈ آپس میں میل نہیں کھاتے۔ انہیں چیک کریں اور دوبارہ کوشش کریں۔",
        .forumRecoveredHeading: "آپ کا خفیہ جملہ بدل گیا ہے",
        .forumForgotPassphrase: "خفیہ جملہ یاد نہیں رہا؟",
        // Spaces and conversations. "واپس جائیں:" is followed by a space's name; "پہلی پوسٹ:"
        // by a forum name; the others by a colon and a number or a time
        .forumSpacesHeading: "فورم کے حصے",
        .forumRestrictedLabel: "نجی گروپ",
        .forumNewThread: "نئی گفتگو شروع کریں",
        .forumNoThreads: "یہاں ابھی کوئی گفتگو نہیں ہے۔",
        .forumReplies: "جوابات",
        .forumStartedBy: "پہلی پوسٹ:",
        .forumLatest: "تازہ ترین پوسٹ",
        .forumNotYetShown: "ماڈریٹر کے انتظار میں",
        .forumThisWeek: "اس ہفتے",
        .forumFormerMember: "ایک سابق ممبر",
        .forumTitleRemoved: "(عنوان اس کے لکھنے والے نے ہٹا دیا)",
        .forumBackTo: "واپس جائیں:",
        .forumSlowModeOn: "اس گفتگو میں سست رفتار کا اصول لاگو ہے: ہر {minutes} منٹ میں ہر ممبر کی ایک پوسٹ۔",
        // Notes and placeholders on posts. `forumDeleteBody` quotes the end of
        // `forumPlaceholderRemovedByAuthor`, word for word.
        .forumNoteWaiting: "جب تک کوئی ماڈریٹر اسے دیکھ نہ لے، یہ پوسٹ صرف آپ کو نظر آئے گی۔",
        .forumNoteHidden: "ممبروں نے اس پوسٹ کو رپورٹ کیا ہے۔ جب تک کوئی ماڈریٹر اسے دیکھ نہ لے، یہ چھپی رہے گی۔",
        .forumNoteRejected: "ایک ماڈریٹر نے یہ پوسٹ شائع نہیں کی۔ ان کا کہنا تھا: {reason}",
        .forumNoteRemoved: "ایک ماڈریٹر نے یہ پوسٹ ہٹا دی۔ ان کا کہنا تھا: {reason}",
        .forumPlaceholderHidden: "ماڈریٹر کے دیکھنے تک یہ پوسٹ چھپی ہوئی ہے۔",
        .forumPlaceholderRemovedByAuthor: "یہ پوسٹ اس کے لکھنے والے نے ہٹا دی ہے۔",
        .forumPlaceholderRemovedByModerator: "یہ پوسٹ ایک ماڈریٹر نے ہٹا دی ہے۔",
        .forumEdit: "ترمیم کریں",
        .forumDelete: "مٹا دیں",
        .forumReport: "ماڈریٹر کو رپورٹ کریں",
        // Writing
        .forumReplyHeading: "جواب دیں",
        .forumReplyLabel: "آپ کا جواب",
        .forumReplyButton: "جواب پوسٹ کریں",
        .forumBodyHint: "سادہ تحریر، زیادہ سے زیادہ {max} حروف۔ پیراگراف کے درمیان ایک خالی لائن چھوڑیں۔ لنک صرف تحریر کے طور پر دکھائے جاتے ہیں، کبھی لنک کے طور پر نہیں۔",
        .forumPostReminder: "پوسٹ کرنے سے پہلے ہر وہ چیز ہٹا دیں جس سے آپ کی یا کسی اور کی پہچان ہو سکے۔",
        .forumNewThreadHeading: "نئی گفتگو شروع کریں",
        .forumTitleLabel: "عنوان",
        .forumBodyLabel: "آپ کی پوسٹ",
        .forumPostButton: "پوسٹ کریں",
        .forumEditHeading: "اپنی پوسٹ میں ترمیم کریں",
        .forumSaveButton: "تبدیلیاں محفوظ کریں",
        .forumCancel: "منسوخ کریں",
        .forumTitleEmpty: "عنوان لکھیں۔",
        .forumTitleTooLong: "عنوان زیادہ سے زیادہ {max} حروف کا ہو سکتا ہے۔",
        .forumBodyEmpty: "اپنی پوسٹ میں کچھ لکھیں۔",
        .forumBodyTooLong: "آپ کی پوسٹ زیادہ سے زیادہ {max} حروف کی ہو سکتی ہے۔ ضرورت ہو تو اسے دو پوسٹس میں بانٹ دیں۔",
        // `{kinds}` is a list of kinds of detail, so it follows a colon
        .forumBlocked: "یہ پوسٹ اس حالت میں شائع نہیں ہو سکتی۔",
        .forumBlockedBecause: "یہ پوسٹ شائع نہیں ہو سکتی، کیونکہ اس میں یہ ہے: {kinds}۔ اسے ہٹا کر دوبارہ کوشش کریں۔ آپ کی تحریر ابھی یہیں ہے۔",
        .forumDetailPhoneNumber: "فون نمبر",
        .forumDetailEmail: "ای میل ایڈریس",
        .forumDetailPostcode: "پوسٹ کوڈ",
        .forumDetailStreetAddress: "گلی کا پتہ",
        .forumDetailWebAddress: "ویب سائٹ کا پتہ",
        .forumDetailSocialHandle: "سوشل میڈیا اکاؤنٹ کا نام",
        .forumDetailVehicleRegistration: "گاڑی کا رجسٹریشن نمبر",
        .forumDetailDateOfBirth: "تاریخ پیدائش",
        .forumDetailWatchedName: "ایسا نام جو یہاں پوسٹ نہیں کیا جا سکتا",
        .forumDetailWatchedPlace: "ایسی جگہ جس کا نام یہاں نہیں لیا جا سکتا",
        .forumDetailWatchedWord: "ایسا لفظ جو یہاں پوسٹ نہیں کیا جا سکتا",
        .forumRateLimited: "آپ نے تھوڑے وقت میں بہت سی پوسٹس کی ہیں۔ تقریباً {minutes} منٹ بعد دوبارہ پوسٹ کرنا ممکن ہو گا۔ آپ کی تحریر ابھی یہیں ہے۔",
        .forumSlowModeWait: "اس گفتگو میں سست رفتار کا اصول لاگو ہے۔ تقریباً {minutes} منٹ بعد اس میں دوبارہ پوسٹ کرنا ممکن ہو گا۔ آپ کی تحریر ابھی یہیں ہے۔",
        .forumEditWindowClosed: "پوسٹ میں تبدیلی صرف پوسٹ کرنے کے {minutes} منٹ بعد تک ہو سکتی ہے۔ اسے مٹانا اب بھی ممکن ہے۔",
        .forumEditUnderReview: "ممبروں نے اس پوسٹ کو رپورٹ کیا ہے، اس لیے جب تک کوئی ماڈریٹر اسے دیکھ نہ لے، اس میں تبدیلی نہیں ہو سکتی۔",
        .forumNothingToEdit: "اب اس پوسٹ میں تبدیلی نہیں ہو سکتی۔",
        .forumNothingToDelete: "یہ پوسٹ پہلے ہی ہٹائی جا چکی ہے۔",
        .forumReportedHeading: "رپورٹ کرنے کا شکریہ",
        .forumReportedBody: "ماڈریٹر اسے دیکھیں گے۔ کسی اور کو نہیں بتایا جاتا کہ اسے کس نے رپورٹ کیا۔",
        .forumBackToThread: "گفتگو پر واپس جائیں",
        // Your account
        .forumAccountHeading: "آپ کا اکاؤنٹ",
        .forumSignOutEverywhereHeading: "ہر جگہ سے سائن آؤٹ کریں",
        .forumSignOutEverywhereBody: "اس سے آپ کا اکاؤنٹ ہر آلے پر سائن آؤٹ ہو جائے گا، اس آلے پر بھی۔ اگر آپ کو لگے کہ کسی اور نے آپ کا اکاؤنٹ استعمال کیا ہے تو یہ استعمال کریں۔",
        .forumSignOutEverywhereButton: "ہر جگہ سے سائن آؤٹ کریں",
        .forumChangePassphraseHeading: "اپنا خفیہ جملہ بدلیں",
        .forumCurrentPassphraseLabel: "آپ کا موجودہ خفیہ جملہ",
        .forumNewPassphraseLabel: "نیا خفیہ جملہ",
        .forumChangePassphraseButton: "خفیہ جملہ بدلیں",
        .forumCurrentPassphraseWrong: "یہ آپ کا موجودہ خفیہ جملہ نہیں ہے۔ دوبارہ کوشش کریں۔",
        .forumPassphraseChanged: "آپ کا خفیہ جملہ بدل گیا ہے۔ اگر کوئی اور آپ کے اکاؤنٹ میں سائن ان تھا تو اسے سائن آؤٹ کر دیا گیا ہے۔",
        .forumDeleteHeading: "اپنا اکاؤنٹ مٹا دیں",
        .forumDeleteBody: "اس سے آپ کا اکاؤنٹ، آپ کی ساری پوسٹس اور سارے سیشن ایک ساتھ مٹ جائیں گے۔ یہ کام واپس نہیں ہو سکتا۔ آپ کی پوسٹس پر دوسرے ممبروں کے جوابات باقی رہیں گے، اور آپ کی پوسٹ کی جگہ لکھا ہو گا: “اس کے لکھنے والے نے ہٹا دی”۔",
        .forumDeleteConfirmLabel: "مجھے معلوم ہے کہ یہ کام واپس نہیں ہو سکتا",
        .forumDeleteButton: "میرا اکاؤنٹ مٹا دیں",
        .forumDeleteNotConfirmed: "اپنا اکاؤنٹ مٹانے کے لیے اپنا خفیہ جملہ لکھیں اور خانے پر نشان لگائیں۔",
        .forumDeletedHeading: "آپ کا اکاؤنٹ مٹا دیا گیا ہے",
        .forumDeletedBody: "آپ کا اکاؤنٹ، آپ کی پوسٹس اور آپ کے سیشن ختم ہو گئے ہیں۔ فورم کا حصہ بننے کا شکریہ۔",
    ]
}
