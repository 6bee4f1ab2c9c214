// Machine-drafted by the Chorus developers; NOT yet checked by a native speaker. Do not deploy to
// survivors before a native speaker (ideally a specialist domestic abuse service working in this
// language) has reviewed every string.

/// The forum's words in Welsh (Cymraeg), merged into `welshTable`. Survivors use the forum, so it
/// speaks their language like the survey pages do; staff pages stay in English.
///
/// Register as in `Catalogue+Welsh.swift`: GOV.UK Welsh, the polite "chi", short sentences (reading
/// age 9 to 11). `{placeholders}`, numbers and phone numbers are exactly as in English; the helpline
/// keeps its English name. A forum name (pseudonym) is shown as it is, so no string mutates it.
/// Terms, used the same way in every string: fforwm, cyfrinymadrodd (passphrase; cyfrinair is a
/// password), cymedrolwr / cymedrolwyr (moderator), neges / negeseuon (a post, feminine), postio (to
/// post), rhoi gwybod am (to report), sgwrs (a conversation), ymateb (a reply, not a survey's ateb),
/// aelod (member), "eich enw ar y fforwm" (your forum name), cod gwahodd (invite code), cod adfer
/// (recovery code), rheolau'r fforwm (house rules), mewngofnodi / allgofnodi (sign in / out).
/// "Chorus chose this name" becomes "chosen at random for you": survivors see the site as "Adborth",
/// never as Chorus, and the point is that they did not choose it. See docs/translations.md.
extension Catalogue {
    static let welshForumTable: [StringKey: String] = [
        // Refusals, on forum and staff pages alike
        .forumFormExpiredHeading: "Mae'r ffurflen hon wedi dod i ben",
        .forumFormExpiredBody: "Er eich diogelwch, dim ond am gyfnod byr y mae ffurflenni'n gweithio, a dim ond o'r wefan hon. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.",
        .forumNotAllowedHeading: "Allwch chi ddim gwneud hynny yma",
        .forumNotAllowedBody: "Dydy eich cyfrif chi ddim yn gallu gwneud hynny.",
        .forumSuspended: "Mae eich cyfrif wedi'i atal tan {until}. Gallwch chi ddal i ddarllen negeseuon a rhoi gwybod amdanyn nhw. Dywedodd y cymedrolwyr: {reason}",
        .forumBanned: "Mae'r cymedrolwyr wedi cau eich cyfrif. Gallwch chi ddal i'w ddileu. Dywedodd y cymedrolwyr: {reason}",
        .forumWarned: "Mae cymedrolwr wedi rhoi rhybudd i chi ({count} hyd yma). Darllenwch reolau'r fforwm eto.",
        // Every forum page: "Wedi mewngofnodi fel" is followed by the forum name
        .forumNavHome: "Fforwm",
        .forumNavAccount: "Eich cyfrif",
        .forumSignedInAs: "Wedi mewngofnodi fel",
        .forumSignOut: "Allgofnodi",
        // Signing in
        .forumSignInHeading: "Mewngofnodi i'r fforwm",
        .forumIntro: "Fforwm preifat lle mae goroeswyr yn cefnogi ei gilydd. Mae cymedrolwyr yn darllen y negeseuon, a does neb yma'n gwybod eich enw go iawn.",
        .forumPseudonymLabel: "Eich enw ar y fforwm",
        .forumPassphraseLabel: "Cyfrinymadrodd",
        .forumSignInButton: "Mewngofnodi",
        .forumSignInWrong: "Dydy'r enw ar y fforwm a'r cyfrinymadrodd ddim yn cyfateb. Gwiriwch nhw a rhowch gynnig arall arni.",
        .forumSignInPaused: "Mae gormod o ymdrechion wedi bod ar gyfer yr enw hwn. Arhoswch 15 munud, yna rhowch gynnig arall arni.",
        .forumJoinPrompt: "Newydd yma? Mae angen cod gwahodd arnoch chi gan wasanaeth cymorth.",
        .forumOpenJoinPrompt: "Newydd yma?",
        .forumJoinLink: "Ymuno â'r fforwm",
        // Joining
        .forumJoinHeading: "Ymuno â'r fforwm",
        .forumJoinIntro: "Dydyn ni ddim yn gofyn am eich cyfeiriad e-bost, eich rhif ffôn na'ch enw go iawn.",
        .forumInviteLabel: "Cod gwahodd",
        .forumInviteHint: "12 o lythrennau a rhifau gan y gwasanaeth cymorth a'i rhoddodd i chi. Does dim ots am fylchau na chysylltnodau.",
        .forumInviteInvalid: "Dydy'r cod gwahodd hwnnw ddim yn gweithio. Efallai ei fod wedi'i deipio'n anghywir, wedi cael ei ddefnyddio'n barod, neu wedi dod i ben. Gofynnwch i'r gwasanaeth a'i rhoddodd i chi am un newydd.",
        .forumContinue: "Parhau",
        .forumYourNameHeading: "Eich enw ar y fforwm",
        .forumYourNameBody: "Cafodd yr enw hwn ei ddewis ar hap i chi, fel na all neb wybod pwy ydych chi ohono. Gallwch chi gael enw arall cyn i chi ymuno.",
        .forumDrawAnother: "Cael enw arall",
        .forumPseudonymRedrawn: "Rhaid i'ch enw ar y fforwm fod yn enw a gafodd ei ddewis ar hap i chi. Dyma un newydd.",
        .forumPseudonymTaken: "Mae rhywun arall newydd gymryd yr enw hwnnw. Dyma un newydd.",
        .forumChoosePassphraseHeading: "Dewiswch gyfrinymadrodd",
        .forumPassphraseHint: "O leiaf {min} nod. Mae ychydig o eiriau y byddwch chi'n eu cofio yn gweithio'n dda. Peidiwch â defnyddio cyfrinair rydych chi'n ei ddefnyddio yn rhywle arall, a pheidiwch â gadael i'ch porwr ei gadw ar ddyfais sy'n cael ei rhannu.",
        .forumConfirmLabel: "Teipiwch eich cyfrinymadrodd eto",
        .forumPassphraseTooShort: "Rhaid i'ch cyfrinymadrodd fod yn {min} nod o leiaf.",
        .forumPassphraseTooLong: "Rhaid i'ch cyfrinymadrodd fod yn {max} nod neu lai.",
        .forumPassphraseTooCommon: "Mae'n rhy hawdd dyfalu'r cyfrinymadrodd hwnnw. Rhowch gynnig ar ychydig o eiriau sy'n golygu rhywbeth i chi yn unig.",
        .forumPassphraseHasName: "Rhaid i'ch cyfrinymadrodd beidio â chynnwys eich enw ar y fforwm, oherwydd bod pawb yn gallu ei weld.",
        .forumPassphraseRepetitive: "Mae eich cyfrinymadrodd yn ailadrodd ei hun ormod. Rhowch gynnig ar ychydig o eiriau gwahanol.",
        .forumPassphraseMismatch: "Dydy'r ddau gyfrinymadrodd ddim yr un fath. Teipiwch nhw eto.",
        // House rules: `forumRulesRequired` names the box `forumRulesAccept` ticks
        .forumRulesHeading: "Rheolau'r fforwm",
        .forumRuleAdults: "Mae'r fforwm hwn ar gyfer oedolion, 18 oed a hŷn.",
        .forumRuleOwnExperience: "Postiwch am eich profiad eich hun, a byddwch yn garedig.",
        .forumRuleNotEmergency: "Dydy hwn ddim yn wasanaeth brys. Os ydych chi mewn perygl, ffoniwch 999. I gael cymorth ar unrhyw adeg, ffoniwch National Domestic Abuse Helpline ar 0808 2000 247.",
        .forumRuleNoDetails: "Peidiwch â phostio dim byd a allai ddangos pwy yw rhywun: enwau, cyfeiriadau, rhifau ffôn, ysgolion, gweithleoedd na rhifau cofrestru ceir.",
        .forumRuleModerated: "Mae cymedrolwyr yn darllen negeseuon. Mae eich negeseuon cyntaf, ac unrhyw neges â manylion fel hyn, yn aros am gymedrolwr cyn i bobl eraill eu gweld.",
        .forumRulesAccept: "Rydw i wedi darllen rheolau'r fforwm a bydda i'n eu cadw",
        .forumRulesRequired: "Ticiwch y blwch i ddweud y byddwch chi'n cadw rheolau'r fforwm.",
        .forumJoinButton: "Ymuno",
        // Joined: "Eich enw ar y fforwm yw" is followed by the name and a full stop
        .forumJoinedHeading: "Rydych chi wedi ymuno",
        .forumJoinedName: "Eich enw ar y fforwm yw",
        .forumRecoveryHeading: "Eich cod adfer",
        .forumRecoveryBody: "Os byddwch chi'n anghofio eich cyfrinymadrodd, y cod hwn yw'r unig ffordd yn ôl i mewn i'ch cyfrif. Ysgrifennwch ef i lawr a'i gadw yn rhywle lle na fydd neb arall yn edrych. Dim ond y tro hwn y mae'n cael ei ddangos.",
        .forumRecoveryWarning: "Peidiwch â'i gadw mewn ffeil nac mewn llun ar ddyfais sy'n cael ei rhannu.",
        .forumGoToForum: "Mynd i'r fforwm",
        // Your forum name: "Defnyddio'r enw" is followed by the name
        .forumDrawAnotherBody: "Tan i chi bostio am y tro cyntaf, gallwch chi gymryd enw arall sy'n cael ei ddewis ar hap i chi.",
        .forumUseNameButton: "Defnyddio'r enw",
        .forumPseudonymChanged: "Eich enw ar y fforwm nawr yw {name}.",
        .forumPseudonymFixed: "Rydych chi wedi postio, felly mae eich enw ar y fforwm yn aros fel mae aelodau eraill yn ei adnabod.",
        // Forgotten passphrase
        .forumRecoverHeading: "Wedi anghofio eich cyfrinymadrodd?",
        .forumRecoverIntro: "Teipiwch eich enw ar y fforwm a'r cod adfer a gafodd ei ddangos i chi pan wnaethoch chi ymuno, yna dewiswch gyfrinymadrodd newydd. Byddwch chi'n cael eich allgofnodi ym mhob man lle rydych chi wedi mewngofnodi, a byddwch chi'n cael cod adfer newydd.",
        .forumRecoveryWrong: "Dydy'r enw ar y fforwm a'r cod adfer ddim yn cyfateb. Gwiriwch nhw a rhowch gynnig arall arni.",
        .forumRecoveredHeading: "Mae eich cyfrinymadrodd wedi newid",
        .forumForgotPassphrase: "Wedi anghofio eich cyfrinymadrodd?",
        // Spaces and conversations. "Yn ôl i" is followed by a space's name; "Wedi'i dechrau gan"
        // by a forum name; the others by a colon and a number or a time
        .forumSpacesHeading: "Adrannau'r fforwm",
        .forumRestrictedLabel: "Grŵp preifat",
        .forumNewThread: "Dechrau sgwrs newydd",
        .forumNoThreads: "Does dim sgyrsiau yma eto.",
        .forumReplies: "Ymatebion",
        .forumStartedBy: "Wedi'i dechrau gan",
        .forumLatest: "Neges ddiweddaraf",
        .forumNotYetShown: "yn aros am gymedrolwr",
        .forumThisWeek: "yr wythnos hon",
        .forumFormerMember: "cyn-aelod",
        .forumTitleRemoved: "(teitl wedi'i dynnu gan ei awdur)",
        .forumBackTo: "Yn ôl i",
        .forumSlowModeOn: "Mae modd araf ymlaen yn y sgwrs hon: un neges yr un bob {minutes} munud.",
        // Notes and placeholders on posts. `forumDeleteBody` quotes the end of
        // `forumPlaceholderRemovedByAuthor`, word for word.
        .forumNoteWaiting: "Dim ond chi sy'n gallu gweld y neges hon nes bydd cymedrolwr wedi edrych arni.",
        .forumNoteHidden: "Mae aelodau wedi rhoi gwybod am y neges hon. Mae hi wedi'i chuddio nes bydd cymedrolwr wedi edrych arni.",
        .forumNoteRejected: "Wnaeth cymedrolwr ddim cyhoeddi'r neges hon. Dywedodd: {reason}",
        .forumNoteRemoved: "Mae cymedrolwr wedi tynnu'r neges hon. Dywedodd: {reason}",
        .forumPlaceholderHidden: "Mae'r neges hon wedi'i chuddio tra bydd cymedrolwr yn edrych arni.",
        .forumPlaceholderRemovedByAuthor: "Mae'r neges hon wedi'i thynnu gan ei hawdur.",
        .forumPlaceholderRemovedByModerator: "Mae'r neges hon wedi'i thynnu gan gymedrolwr.",
        .forumEdit: "Golygu",
        .forumDelete: "Dileu",
        .forumReport: "Rhoi gwybod i gymedrolwr",
        // Writing
        .forumReplyHeading: "Ymateb",
        .forumReplyLabel: "Eich ymateb",
        .forumReplyButton: "Postio ymateb",
        .forumBodyHint: "Testun plaen, hyd at {max} nod. Gadewch linell wag rhwng paragraffau. Mae dolenni'n cael eu dangos fel testun, byth fel dolenni.",
        .forumPostReminder: "Cyn i chi bostio, tynnwch allan unrhyw beth a allai ddangos pwy ydych chi neu pwy yw rhywun arall.",
        .forumNewThreadHeading: "Dechrau sgwrs newydd",
        .forumTitleLabel: "Teitl",
        .forumBodyLabel: "Eich neges",
        .forumPostButton: "Postio",
        .forumEditHeading: "Golygu eich neges",
        .forumSaveButton: "Cadw'r newidiadau",
        .forumCancel: "Canslo",
        .forumTitleEmpty: "Ysgrifennwch deitl.",
        .forumTitleTooLong: "Rhaid i'r teitl fod yn {max} nod neu lai.",
        .forumBodyEmpty: "Ysgrifennwch rywbeth yn eich neges.",
        .forumBodyTooLong: "Rhaid i'ch neges fod yn {max} nod neu lai. Rhannwch hi'n ddwy neges os oes angen.",
        // `{kinds}` is a list of kinds of detail, so it follows a colon
        .forumBlocked: "Does dim modd cyhoeddi'r neges hon fel y mae hi.",
        .forumBlockedBecause: "Does dim modd cyhoeddi'r neges hon, oherwydd bod hyn ynddi: {kinds}. Tynnwch hynny allan a rhowch gynnig arall arni. Mae eich testun yn dal yma.",
        .forumRateLimited: "Rydych chi wedi postio llawer mewn amser byr. Gallwch chi bostio eto ymhen tua {minutes} munud. Mae eich testun yn dal yma.",
        .forumSlowModeWait: "Mae'r sgwrs hon mewn modd araf. Gallwch chi bostio ynddi eto ymhen tua {minutes} munud. Mae eich testun yn dal yma.",
        .forumEditWindowClosed: "Dim ond am {minutes} munud ar ôl postio y mae modd newid neges. Gallwch chi ddal i'w dileu.",
        .forumEditUnderReview: "Mae aelodau wedi rhoi gwybod am y neges hon, felly does dim modd ei newid nes bydd cymedrolwr wedi edrych arni.",
        .forumNothingToEdit: "Does dim modd newid y neges hon bellach.",
        .forumNothingToDelete: "Mae'r neges hon wedi cael ei thynnu'n barod.",
        .forumReportedHeading: "Diolch am roi gwybod am hyn",
        .forumReportedBody: "Bydd cymedrolwr yn edrych arni. Fydd neb arall yn cael gwybod pwy roddodd wybod amdani.",
        .forumBackToThread: "Yn ôl i'r sgwrs",
        // Your account
        .forumAccountHeading: "Eich cyfrif",
        .forumSignOutEverywhereHeading: "Allgofnodi ym mhob man",
        .forumSignOutEverywhereBody: "Mae hyn yn eich allgofnodi ar bob dyfais, gan gynnwys yr un hon. Defnyddiwch hyn os ydych chi'n meddwl bod rhywun arall wedi defnyddio eich cyfrif.",
        .forumSignOutEverywhereButton: "Allgofnodi ym mhob man",
        .forumChangePassphraseHeading: "Newid eich cyfrinymadrodd",
        .forumCurrentPassphraseLabel: "Eich cyfrinymadrodd presennol",
        .forumNewPassphraseLabel: "Cyfrinymadrodd newydd",
        .forumChangePassphraseButton: "Newid y cyfrinymadrodd",
        .forumCurrentPassphraseWrong: "Nid dyna eich cyfrinymadrodd presennol. Rhowch gynnig arall arni.",
        .forumPassphraseChanged: "Mae eich cyfrinymadrodd wedi newid. Mae unrhyw un arall a oedd wedi mewngofnodi i'ch cyfrif wedi cael ei allgofnodi.",
        .forumDeleteHeading: "Dileu eich cyfrif",
        .forumDeleteBody: "Mae hyn yn dileu eich cyfrif, popeth rydych chi wedi'i bostio a phob sesiwn ar unwaith. Does dim modd dadwneud hyn. Mae ymatebion gan aelodau eraill i'ch negeseuon yn aros, o dan “wedi'i thynnu gan ei hawdur”.",
        .forumDeleteConfirmLabel: "Rydw i'n deall nad oes modd dadwneud hyn",
        .forumDeleteButton: "Dileu fy nghyfrif",
        .forumDeleteNotConfirmed: "I ddileu eich cyfrif, teipiwch eich cyfrinymadrodd a thiciwch y blwch.",
        .forumDeletedHeading: "Mae eich cyfrif wedi cael ei ddileu",
        .forumDeletedBody: "Mae eich cyfrif, eich negeseuon a'ch sesiynau wedi mynd. Diolch am fod yn rhan o'r fforwm.",
    ]
}
