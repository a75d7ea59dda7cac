//! The interface in English: a text for every key, in an exhaustive match
//! (a key left out does not compile, and the error names it).

use super::{Forms, K, P};

pub(super) const fn text(key: K) -> &'static str {
    match key {
        K::AppName => "Servicebook",
        K::SkipToContent => "Skip to content",
        K::NavLabel => "Sections",
        K::Menu => "Menu",
        K::NavHome => "Home",
        K::NavSelfTest => "Self-test",
        K::NavShare => "Share & backup",
        K::Language => "Language",
        K::LanguageNotLoaded => {
            "This language could not be loaded. Check the connection and try again."
        }
        K::NotFoundTitle => "Page not found",
        K::PageLoading => "Loading…",
        K::PageLoadFailed => {
            "This page could not be loaded. Check the connection and try again. \
            Nothing you saved is lost."
        }
        K::TryAgain => "Try again",

        // Saving
        K::SaveNever => "Not saved yet: changes are saved in this browser as you work.",
        K::SavePending => "Saving…",
        K::SavedAt => "Saved in this browser {time}",
        K::SaveFailedShort => "Not saved: see the message above.",
        K::SaveFailed => {
            "Your latest changes could not be saved in this browser. They are still \
            here in this window; export them to keep a copy."
        }
        K::QuotaFull => {
            "This browser's storage is full, so your latest changes were not saved. \
            Everything saved before is safe, and your changes stay in this window: export the \
            workbook now to keep them."
        }
        K::ReadOnly => {
            "Saving is paused so that data which could not be read is not overwritten. \
            Export your work, then see Share & backup."
        }
        K::NoStorage => {
            "This browser does not let Servicebook save (storage is off or private). \
            Your work stays in this window only: export it before you close it."
        }
        K::NoStorageShort => "Not saved in this browser",
        K::ExportNow => "Export now",
        K::Dismiss => "Dismiss",
        K::BackupDue => {
            "Your last backup was exported {days} days ago. Export one now, so that a \
            browser clearing its storage cannot take your work with it."
        }
        K::BackupDueNever => {
            "This workbook has never been exported from this browser. Export a \
            backup now, so that a browser clearing its storage cannot take your work with it."
        }
        K::RemindLater => "Remind me later",
        K::DurabilityTitle => "Keeping your workbook safe",
        K::PersistGranted => "This browser keeps your workbook even when it is short of space.",
        K::PersistNotGranted => {
            "This browser may clear your workbook if it runs short of space \
            or you don't visit for a while (Safari: after 7 days); export a backup regularly."
        }
        K::ReminderLabel => "Remind me to export a backup",
        K::ReminderEvery => "Every {days} days",
        K::ReminderOff => "Never",
        K::StorageCleared => {
            "Storage in this browser is empty, but it held a workbook here (last \
            saved {date}). The browser, a cleaning tool or someone using this computer has \
            cleared it. Import your latest backup to carry on."
        }
        K::StorageClearedExported => "Your last export from this browser was on {date}.",
        K::StorageClearedNever => {
            "It was never exported from this browser: if a colleague has a \
            copy, import theirs."
        }
        K::ImportBackup => "Import a backup",
        K::StartAfresh => "Start afresh",
        K::WitnessLimits => {
            "If this browser clears the workbook, Servicebook notices on your \
            next visit and says so, thanks to a small cookie that holds no personal data. It \
            cannot notice when cookies are cleared too (Safari after 7 days without a visit, \
            \"Clear browsing data\", a private window): then only an exported file brings the \
            workbook back."
        }
        K::AutoBackupTitle => "Automatic backup file",
        K::AutoBackupText => {
            "Servicebook can keep a backup file on this computer up to date: \
            choose where, once, and it rewrites the file a few seconds after each change. In a \
            folder that syncs (OneDrive, Dropbox, iCloud Drive) the copy also leaves this \
            computer."
        }
        K::AutoBackupChoose => "Choose a backup file…",
        K::AutoBackupOn => "Each change is written to {name}.",
        K::AutoBackupOnAt => "Each change is written to {name} (last written {time}).",
        K::AutoBackupPaused => {
            "The backup file {name} is waiting: this browser asks you to allow \
            writing to it again on each visit."
        }
        K::AutoBackupResume => "Allow and write now",
        K::AutoBackupStop => "Stop",
        K::AutoBackupFailed => {
            "Servicebook could not write the backup file {name} ({why}). \
            Choose the file again; your workbook is still saved in this browser."
        }
        K::AutoBackupUnsupported => {
            "This browser cannot keep a backup file up to date by itself \
            (Chrome and Edge on a computer can); the reminder above keeps you covered."
        }
        K::GoToRecovery => {
            "What could not be read is kept aside: download or discard it in Share \
            & backup."
        }
        K::ProblemManifest => {
            "The saved workbook could not be read (it may have been damaged or \
            edited by hand). It was kept aside untouched and Servicebook started with an empty \
            workbook."
        }
        K::ProblemNewer => {
            "The saved workbook was written by a newer Servicebook (schema \
            {version}). It was kept aside untouched; open it with the newer version, or export \
            from there."
        }
        K::ProblemCannotKeep => {
            "Storage is too full to keep the unreadable data aside, so saving \
            is paused to protect it."
        }
        K::MergedFromOtherTab => "Changes saved in another tab were merged into this one.",

        // Home
        K::HomeTitle => "Your customer service plan",
        K::HomeLead => {
            "Find out where your service stands, listen to your customers, and write \
            down how your business serves them. Everything stays in this browser."
        }
        K::FirstVisitTitle => "New here?",
        K::FirstVisitText => {
            "Start with the self-test to see how your customer service scores \
            today, or open an example workbook of a small shop to see every screen filled in. You \
            can clear the example in one step."
        }
        K::NextStepsTitle => "Next steps",
        K::NextStepsNone => "Nothing is waiting: your plan is up to date.",
        K::StepReviewDue => "Review your service plan (the review was due: {date})",
        K::StepBackupNever => "Save a backup copy of your workbook: you have not saved one yet",
        K::StepFinishSelfTest => "Finish the self-test: {n} of {total} statements answered",
        K::StepTakeSelfTest => "Take the self-test to see where your service stands: 25 statements, about ten minutes",
        K::StepWeakArea => "Your self-test is low on {area} ({score} out of 5): work on {points}",
        K::StepLogComplaints => "Log your complaints, starting with the last one you remember",
        K::StepChooseTopThree => "Choose the three problems to fix first",
        K::StepDraftVision => "Write your service vision in the workshop",
        K::StepSetGoals => "Set measurable goals for your vision",
        K::StepAdoptPoints => "Write and adopt your seven policy points ({n} of 7 adopted)",
        K::StepRetakeSelfTest => "Take the self-test again and see what has changed since {date}",
        K::ResultsNextTitle => "What to work on",
        K::ResultsNextLead => "Your two weakest areas, and the policy points that address them:",
        K::OpenExample => "Open the example",
        K::ExampleFailed => {
            "The example could not be opened. Check your connection and try \
            again; nothing of yours was changed."
        }
        K::OpeningExample => "Opening the example…",
        K::ExampleOpened => {
            "The example workbook is open. Clear it from the home page when you \
            are ready to start your own."
        }
        K::ExampleNote => "You are looking at the example workbook of a small shop.",
        K::ClearExample => "Clear the example and start my own",
        K::Cleared => {
            "The workbook was cleared. Undo it from Share & backup if that was a \
            mistake."
        }
        K::YourWorkbook => "Your workbook",
        K::BusinessName => "Business name",
        K::Currency => "Currency",
        K::CurrencyNone => "None (no symbol)",
        K::CurrencyHint => "Compensation and every other amount are shown in it.",
        K::ExportedAt => "Last exported {time}",
        K::NeverExported => "Never exported from this browser",
        K::ShareAndBackup => "Share with a colleague or keep a backup",
        K::NotTakenYet => {
            "Not taken yet. It takes about ten minutes: 25 statements in seven \
            areas."
        }
        K::InProgress => "A self-test is under way: {n} of {total} answered.",
        K::TakenOn => "Taken on {date}",
        K::SeeResults => "See the results",
        K::StartSelfTest => "Start the self-test",
        K::ResumeSelfTest => "Resume the self-test",
        K::RetakeSelfTest => "Take it again",

        // Self-test
        K::SelfTestTitle => "Customer service self-test",
        K::SelfTestIntro => {
            "Find your “customer service quotient”: rate your business on each of \
            25 statements, adapted from the Forum Corporation customer service self-test. Each \
            area's score is the average of its ratings; the seven areas add up to a total between \
            7 and 35."
        }
        K::SelfTestScale => {
            "1 means not at all, 5 means always. Answers are saved as you give \
            them: you can stop and resume later."
        }
        K::RatingKeys => {
            "With the keyboard: Tab moves from statement to statement; the keys 1 to 5, or the \
            arrow keys, choose the rating."
        }
        K::Answered => "{n} of {total} answered",
        K::Areas => "Areas",
        K::AreaOf => "Area {n} of {total}",
        K::AreaComplete => "(all answered)",
        K::AreaIncomplete => "(not all answered)",
        K::Rating1 => "Not at all",
        K::Rating2 => "Rarely",
        K::Rating3 => "Sometimes",
        K::Rating4 => "Often",
        K::Rating5 => "Always",
        K::Previous => "Previous area",
        K::NextArea => "Next area",
        K::SeeMyScore => "See my score",
        K::AnswerAllFirst => {
            "Answer every statement to see the score; areas with every statement \
            answered carry a ✓ in the list above."
        }
        K::ResultsTitle => "Your customer service quotient",
        K::BandAsset => "Customer service is an asset",
        K::BandAssetText => {
            "28 and over: you have a responsive service tailored to your \
            customers' needs. Focus on the few aspects that can be improved."
        }
        K::BandGood => "Good, but needs general improvement",
        K::BandGoodText => {
            "21 to 27: your customer service is good, but it needs general \
            improvement."
        }
        K::BandLosing => "Likely losing customers",
        K::BandLosingText => {
            "20 or less: you are likely losing customers because of poor \
            customer service."
        }
        K::BandRule => {
            "A total between two bands counts in the lower one until it reaches the \
            next band's threshold: 27.75 is “good”, 20.67 is “likely losing customers”."
        }
        K::RadarLabel => {
            "Radar chart of the seven area scores, from 1 at the centre to 5 at the \
            edge; axes numbered as the areas."
        }
        K::AreasWeakestFirst => "Areas, weakest first",
        K::Area => "Area",
        K::Score => "Score",
        K::Bar => "Score bar",
        K::Note => "Note",
        K::History => "History and comparison",
        K::NoHistory => "No finished self-test yet.",
        K::Trend => "Total over time",
        K::TrendLabel => {
            "Line chart of the total score of each finished self-test over time, \
            from 7 to 35, with lines at 21 and 28."
        }
        K::AllTakings => "All finished self-tests",
        K::Date => "Date",
        K::Total => "Total",
        K::Band => "Band",
        K::Compare => "Compare two results",
        K::CompareA => "Result A",
        K::CompareB => "Result B",
        K::CompareNeedsTwo => "Pick two results to compare.",

        // Share
        K::ShareTitle => "Share & backup",
        K::ShareLead => {
            "Your workbook lives only in this browser. Export it to keep a backup or \
            to send it to a colleague by mail or chat; import a colleague's file to merge their \
            work with yours."
        }
        K::ExportTitle => "Export",
        K::ExportText => "Downloads the whole workbook as a .json file named with today's date.",
        K::ExportPersonal => {
            "The file holds everything in the workbook, including any customer's \
            personal data: share it only with people who may see it."
        }
        K::ExportButton => "Download the workbook (.json)",
        K::ExportAnonymisedText => {
            "To share without personal data: this file leaves out \
            customers' names, addresses, phones and e-mails; everything else is in it."
        }
        K::ExportAnonymisedButton => "Download without personal data (.json)",
        K::ImportTitle => "Import",
        K::ImportText => {
            "Pick a Servicebook file, or drop it anywhere on the page. You will see \
            what it holds and what would change before anything changes."
        }
        K::ImportPick => "Choose a file…",
        K::ImportCsvElsewhere => "Complaints kept in a spreadsheet (CSV)?",
        K::ImportCsvLink => "Import them into the complaint log",
        K::UndoImport => "Undo the last import",
        K::ImportRefused => "“{name}” was not imported: {reason} Your workbook has not changed.",
        K::ImportedMerged => {
            "The file was merged: {new}, {updated}. You can undo this from Share & backup."
        }
        K::ImportedReplaced => {
            "Your workbook was replaced by the file. You can undo this from \
            Share & backup."
        }
        K::ImportUndone => "The last import was undone.",
        K::FileEmpty => "the file is empty.",
        K::FileUnreadable => {
            "the browser could not read the file (it may have been moved, or is \
            not a text file)."
        }
        K::FileTooLarge => "the file is too large to be a Servicebook workbook.",
        K::FileNotJson => {
            "it is not a JSON file (the text breaks at line {line}, column \
            {column})."
        }
        K::FileNotServicebook => "it is JSON, but not a Servicebook file.",
        K::FileNoVersion => "it does not say which Servicebook version wrote it.",
        K::FileNewer => {
            "it was written by a newer Servicebook (file version {found}; this one \
            reads up to {supported}). Update Servicebook, or ask for a file from the same \
            version."
        }
        K::FileBadField => "the field “{path}” is not valid ({detail}).",
        K::FileInvalid => "its content is inconsistent ({detail}).",
        K::PreviewTitle => "Before you import “{name}”",
        K::PreviewExported => "Exported {time} by Servicebook {version}.",
        K::PreviewBusiness => "Business: {name}",
        K::PreviewHolds => "Finished self-tests: {n}",
        K::PreviewMergeTitle => "Merge into my workbook",
        K::PreviewMerge => {
            "Keeps everything you have; adds what is new in the file and takes the \
            file's version where it is newer."
        }
        K::PreviewReplaceTitle => "Replace my workbook",
        K::MergeButton => "Merge",
        K::ReplaceButton => "Replace",
        K::Cancel => "Cancel",
        K::StorageTitle => "Storage in this browser",
        K::StorageUse => {
            "This browser's storage for this site is {share} full ({used} of {quota} \
            characters); the workbook takes {workbook} of them, compressed."
        }
        K::MoveToTrash => "Move this result to the trash",
        K::DiscardTest => "Discard this unfinished test (it goes to the trash)",
        K::StorageWarnShort => {
            "The workbook fills {share} of this browser's storage. Export it \
            now so nothing is lost."
        }
        K::TrashTitle => "Trash",
        K::TrashEmpty => "The trash is empty.",
        K::DeletedOn => "deleted {date}",
        K::Restore => "Restore",
        K::EmptyTrashNote => {
            "Emptying the trash removes these records for good, with any \
            customer's personal data in them. Colleagues' copies keep theirs until they empty \
            their own trash."
        }
        K::EmptyTrashNoteSynced => {
            "Emptying the trash removes these records for good, with any customer's personal \
            data in them, here and on every device that syncs with your server. Exported files \
            keep their copies."
        }
        K::EmptyTrashConfirm => "Yes, delete them for good",
        K::EmptyTrash => "Empty the trash",
        K::SyncTitle => "Sync with a server",
        K::SyncExplain => "Each colleague's device keeps the whole workbook and works offline; changes travel whenever it is online.",
        K::SyncUrl => "Database URL",
        K::SyncUrlHint => "For example https://couch.example.com/shop",
        K::SyncUser => "User name",
        K::SyncPassword => "Password",
        K::SyncConnect => "Connect",
        K::SyncDisconnect => "Disconnect",
        K::SyncDisconnectNote => "Disconnecting keeps everything on this device.",
        K::SyncConnectedTo => "Connected to {url} as {user}.",
        K::SyncLogIn => "Log in",
        K::SyncOff => "Sync is off.",
        K::SyncConnecting => "Connecting…",
        K::SyncSynced => "Synced: {time}.",
        K::SyncLoginNeeded => "Log in again: the session has ended. Your changes are kept here and go out once you log in.",
        K::SyncRefused => "Sync stopped: {why}.",
        K::SyncWhyNoDatabase => "there is no such database",
        K::SyncWhyForbidden => "this user may not use this database",
        K::SyncWhyUnexpected => "the server answered something unexpected",
        K::SyncShortSynced => "Synced",
        K::SyncShortOffline => "Offline",
        K::SyncShortLogin => "Log in",
        K::SyncShortRefused => "Sync stopped",
        K::SyncBadUrl => "Write the database's full address: it starts with https:// and ends with the database's name.",
        K::SyncWrongPassword => "Wrong user name or password.",
        K::SyncLockedOut => "The server has locked this user for a few minutes after too many wrong passwords. Wait a little, then try again.",
        K::SyncUnreachable => "The server could not be reached. Check the address and that you are online; the server must also allow this app's address (CORS).",
        K::SyncFillAll => "Write the user name and the password.",
        K::SyncNoDatabase => "There is no database of that name on this server.",
        K::SyncForbiddenUser => "This user may not use this database: ask whoever runs the server to add them as a member.",
        K::SyncUnexpectedAnswer => "The server answered something unexpected: check the address.",
        K::SyncPasswordNeeded => "Write your password.",
        K::SyncRefusedTitle => "Not taken from the server",
        K::SyncRefusedNote => "These documents on the server were left out; nothing here changed.",
        K::SyncDocNotOurs => "not a Servicebook record",
        K::SyncDocMalformed => "cannot be read",
        K::SyncDocNewer => "written by a newer version of Servicebook",
        K::SyncDocInvalid => "a value in it is not valid",
        K::SyncDocServerRefused => "the server did not accept this device's version",
        K::RecoveryTitle => "Data that could not be read",
        K::RecoveryDownload => "Download as a Servicebook file",
        K::RecoveryDiscard => "Discard it",

        // Listen: the complaint log
        K::NavListen => "Listen",
        K::NavDraft => "Draft",
        K::LogTitle => "Complaint log",
        K::LogLead => {
            "Record every complaint and comment systematically: listen carefully and \
            your customers will tell you what they need."
        }
        K::NewComplaint => "New complaint",
        K::ComplaintTitle => "Complaint",
        K::ExportCsv => "Export the list as CSV",
        K::CsvSeparator => "Separator",
        K::CsvSepSemicolon => "Semicolon (;)",
        K::CsvSepComma => "Comma (,)",
        K::CsvSepTab => "Tab",
        K::CsvImport => "Import from a spreadsheet (CSV)",
        K::CsvImportLead => "Choose a CSV file saved from Excel, LibreOffice or Google Sheets, one complaint per row. Nothing changes in your log until you confirm.",
        K::CsvChooseFile => "Choose a CSV file",
        K::CsvTooBig => "This file is larger than 5 MB. Save a smaller part of it and try again.",
        K::CsvEmpty => "This file has no rows to read.",
        K::CsvUnreadable => "This file could not be read.",
        K::CsvMappingTitle => "1. Match the columns",
        K::CsvMappingLead => "Each column was matched by its heading. Check the matches and choose “Ignore” for a column you do not want. The date received and the nature of the complaint are needed.",
        K::CsvColumn => "Column in your file",
        K::CsvFirstValue => "First value",
        K::CsvGoesInto => "Goes into",
        K::CsvIgnore => "Ignore",
        K::CsvCheckRows => "Check the rows",
        K::CsvNeedsRequired => "Choose a column for the date received and one for the nature of the complaint.",
        K::CsvPreviewTitle => "2. Check the rows",
        K::CsvDayFirst => "Dates such as 03/04/2026 are read as day/month/year (3 April 2026).",
        K::CsvMonthFirst => "Dates such as 03/04/2026 are read as month/day/year (4 March 2026), as the file's other dates are written.",
        K::CsvCutRows => "Only the first 5,000 rows are read: import the rest from a second file.",
        K::CsvCutCells => "Columns after the 64th and text past 20,000 characters in a cell were left out.",
        K::CsvLine => "Line",
        K::CsvOutcome => "What happens",
        K::CsvWillImport => "Will be imported",
        K::CsvWillSkip => "Skipped",
        K::CsvProblemMissing => "{field} is empty: row skipped",
        K::CsvProblemDateSkip => "{field}: date not readable, row skipped",
        K::CsvProblemDateEmpty => "{field}: date not readable, left empty",
        K::CsvProblemBefore => "{field} is before the date received: left empty",
        K::CsvProblemTooLong => "{field} is longer than 10,000 characters: cut there",
        K::CsvProblemAmount => "Amount not readable: left empty",
        K::CsvProblemEmail => "E-mail address without @: left empty",
        K::CsvProblemUnknown => "{field}: value not recognised, set to “{default}”",
        K::CsvProblemDuplicate => "Already in your log: skipped",
        K::CsvProblemRepeated => "Same as an earlier row: skipped",
        K::CsvBackToColumns => "Back to the columns",
        K::CsvNothingToImport => "No row can be imported.",
        K::Search => "Search",
        K::All => "All",
        K::Status => "Status",
        K::Category => "Category",
        K::Channel => "Channel",
        K::From => "From",
        K::Until => "Until",
        K::FollowUp => "Follow-up",
        K::Overdue => "Overdue",
        K::DueToday => "Due today",
        K::SortBy => "Sort by",
        K::SortNewest => "Newest first",
        K::SortOldest => "Oldest first",
        K::SortFollowUp => "Next follow-up",
        K::ShowMore => "Show more",
        K::NoComplaints => "No complaints recorded yet.",
        K::StatusOpen => "Open",
        K::StatusInProgress => "In progress",
        K::StatusResolved => "Resolved",
        K::StatusFollowedUp => "Followed up",
        K::ChannelPhone => "Phone",
        K::ChannelEmail => "E-mail",
        K::ChannelWeb => "Website",
        K::ChannelSocial => "Social media",
        K::ChannelInPerson => "In person",
        K::AnswerUnknown => "Not known",
        K::AnswerYes => "Yes",
        K::AnswerNo => "No",
        K::Figures => "Figures",
        K::ComplaintsTotal => "Complaints",
        K::StillOpen => "Open or in progress",
        K::MedianResolve => "Median time to resolve",
        K::Hours => "{n} h",
        K::SatisfiedShare => "Satisfied with the handling",
        K::BoughtAgainShare => "Bought again",
        K::FollowUpsOverdue => "Follow-ups overdue",
        K::CompensationPaid => "Compensation given",
        K::EstimateTitle => "The complaints you do not hear",
        K::EstimateSource => {
            "An estimate from common rules of thumb, not a measurement: about 26 customers stay \
            silent for every one who complains, 91% of unhappy customers leave without \
            complaining, and an unhappy customer tells 9 to 15 people."
        }
        K::ByCategory => "Complaints by category",
        K::ParetoLabel => {
            "Bar chart of complaints by category, most frequent first: each bar is the \
            category's own share of all complaints, and the line adds the shares up, down to \
            100%."
        }
        K::ParetoOwnShare => "Share of all complaints",
        K::ParetoCumulative => "Cumulative share",
        K::ParetoBarTitle => {
            "{name}: {n} ({share} of all complaints); {cumulative} together with the \
            categories above"
        }
        K::EditCategories => "Edit the categories",
        K::CategoriesHelp => {
            "One category per line. Keep them specific and actionable: “the item \
            arrived broken”, not “I was not satisfied”."
        }
        K::RequiredNote => "Fields marked * are required. Everything else can be filled in later.",
        K::TheComplaint => "The complaint",
        K::Received => "Received",
        K::TakenBy => "Taken by (employee)",
        K::Nature => "Nature of the complaint",
        K::Customer => "Customer",
        K::PersonalDataNote => {
            "Personal data: it stays on this device unless you export the \
            workbook."
        }
        K::CustomerName => "Name",
        K::Phone => "Phone",
        K::Email => "E-mail",
        K::Address => "Address",
        K::ErasePersonal => "Erase this customer's personal data",
        K::ErasedNote => {
            "The customer's personal data was erased; the complaint stays, \
            anonymised."
        }
        K::Erased => "(erased)",
        K::EraseLead => {
            "These records name the same customer. Untick any that are about someone \
            else, then erase."
        }
        K::EraseThisComplaint => "This complaint",
        K::EraseThisMeetingNote => "This meeting note",
        K::EraseOtherComplaint => "Complaint",
        K::EraseMeetingNote => "Meeting note",
        K::EraseByName => "same name",
        K::EraseByPhone => "same phone",
        K::EraseByEmail => "same e-mail",
        K::EraseInTrash => "in the trash",
        K::Handling => "Handling",
        K::OnTheSpot => "Solved on the spot",
        K::PromisedFor => "If not, promised for",
        K::Resolved => "Resolved",
        K::Solution => "Agreed solution",
        K::StepsNow => "Steps under way now",
        K::Outcome => "Compensation and outcome",
        K::Compensation => "Compensation given (kind)",
        K::Amount => "Amount",
        K::Satisfied => "Satisfied with the handling?",
        K::BoughtAgain => "Bought again?",
        K::Prevention => "How to avoid this problem in future",
        K::SaveComplaint => "Save the complaint",
        K::Print => "Print",
        K::MoveToTrashShort => "Move to the trash",
        K::ComplaintSaved => "The complaint was saved.",
        K::ComplaintTrashed => "The complaint was moved to the trash.",
        K::Undo => "Undo",
        K::InvalidNoNature => "Describe the nature of the complaint.",
        K::InvalidResolvedBefore => {
            "The resolution cannot come before the complaint was \
            received."
        }
        K::InvalidFollowUpBefore => "The follow-up cannot come before the complaint was received.",
        K::InvalidAmount => "The compensation amount must be a positive number.",
        K::InvalidEmail => "The e-mail address needs an @.",

        // Records of each part, and shared words
        K::PartSelfTests => "Self-tests",
        K::PartComplaints => "Complaints",
        K::PartSurveys => "Surveys and focus groups",
        K::PartOperations => "Operational figures (months)",
        K::PartSuppliers => "Suppliers' figures (months)",
        K::PartProblems => "Problems on the shortlist",
        K::PreviewColPart => "What",
        K::PreviewColFile => "In the file",
        K::PreviewColNew => "New",
        K::PreviewColUpdated => "Updated from the file",
        K::PreviewColKept => "Unchanged",
        K::PreviewNoRecords => "The file holds no records.",
        K::ComplaintEditInTrash => {
            "This complaint was moved to the trash in another window, so \
            it was not saved to the log. Your changes are kept with it, in the trash."
        }
        K::RecordEditInTrash => {
            "This item was moved to the trash in another window, so your \
            changes are kept with it, in the trash."
        }
        K::RestoreWithChanges => "Restore it with my changes",
        K::ComplaintEditRecreated => {
            "This complaint had been deleted for good in another window, \
            so your version was saved as a new complaint."
        }
        K::RecordEditRecreated => {
            "This item had been deleted for good in another window, so your \
            version was saved as a new one."
        }
        K::RecordSaved => "Saved.",
        K::RecordTrashed => "Moved to the trash.",
        K::DraftHint => {
            "What you type is kept on this device as you type it. Save when it is complete."
        }
        K::DraftKept => {
            "Draft kept on this device ({time}). It stays in the list until you save or discard it."
        }
        K::DraftEditKept => {
            "Unsaved changes kept on this device ({time}). Save them, or discard them to keep the record as it was."
        }
        K::DraftNotKept => {
            "This device could not keep what you typed (its storage is full or turned off). Save now, or it will be lost when you leave this page."
        }
        K::BackToList => "Back to the list",
        K::DiscardDraft => "Discard draft",
        K::DiscardChanges => "Discard changes",
        K::DraftNew => "new, not saved yet · {time}",
        K::DraftEdit => "unsaved changes · {time}",
        K::DraftEditTrashed => "unsaved changes to a record now in the trash · {time}",
        K::DraftUntitled => "Untitled draft",
        K::DraftsTitle => "Drafts",
        K::DraftsSetAside => {
            "A draft could not be read back; it was set aside on this device, and nothing else changed."
        }
        K::DraftDiscarded => "Draft discarded.",
        K::Save => "Save",
        K::Add => "Add",
        K::Merge => "Merge",
        K::Month => "Month",
        K::Minutes => "min",
        K::Seconds => "s",
        K::ChangeUp => "▲ {amount} since {month}",
        K::ChangeDown => "▼ {amount} since {month}",
        K::ChangeSame => "unchanged since {month}",

        // Listen: tabs
        K::TabComplaints => "Complaint log",
        K::TabSurveys => "Surveys",
        K::TabFigures => "Figures",
        K::TabProblems => "Top problems",

        // Listen: surveys and focus groups
        K::SurveysTitle => "Surveys and focus groups",
        K::SurveysLead => {
            "Collect useful information, not compliments: ask open questions that \
            bring specific feedback, ask objective questions that do not steer towards favourable \
            answers, and ask often, so you know what customers need today. Focus groups with \
            employees tell you which customer problems they meet most."
        }
        K::NewSurvey => "New survey or focus group",
        K::SurveyTitle => "Survey or focus group",
        K::NoSurveys => {
            "No surveys or focus groups yet. Record what you asked and what you \
            learned, so the top problems can draw on it."
        }
        K::SurveyWhat => "What and when",
        K::SurveyKind => "Kind",
        K::KindSurvey => "Survey",
        K::KindFocusGroup => "Focus group",
        K::Audience => "With",
        K::AudienceCustomers => "Customers",
        K::AudienceEmployees => "Employees",
        K::Participants => "Participants",
        K::SurveyName => "Name",
        K::SurveyNameExample => "e.g. Online survey after delivery",
        K::QuestionsAsked => "Open questions asked",
        K::QuestionsHint => {
            "Reviews matter less than the reasons behind them: ask what happened \
            and why, for example “What nearly stopped you from buying?”"
        }
        K::QuestionsOnePerLine => "One question per line",
        K::ClosedQuestions => {
            "These read like yes/no or rating questions, which tell you little \
            about what to change. Try asking what happened, or why:"
        }
        K::Learned => "What we learned",
        K::InvalidNoTitle => "Give it a name.",
        K::InvalidNothingLearned => "Write down what you learned.",

        // Listen: figures over time
        K::FiguresTitle => "Figures over time",
        K::FiguresLead => {
            "Your own operational figures and what your suppliers and service \
            providers report, month by month, so a change shows. Every figure here is better when \
            it falls."
        }
        K::OperationsTitle => "Operational figures",
        K::OperationsLead => {
            "The number of returns and the return rate show how satisfied \
            customers are with your products; a backlog or items out of stock leave customers \
            unhappy; a high internal reject rate means customers are likely to receive poor \
            products."
        }
        K::SuppliersTitle => "Suppliers and service providers",
        K::SuppliersLead => {
            "Ask the website's administrator to classify feedback, the courier \
            how often orders refused at first delivery must be sent again, and the call centre to \
            classify complaints and report the average waiting time and the callers who hang up \
            before reaching an agent."
        }
        K::AddMonth => "Add a month",
        K::NoMonths => "No months entered yet.",
        K::MonthTwice => {
            "Two entries for {months} (from merged copies): the most recently \
            changed counts. Open the month and move the other to the trash."
        }
        K::Sold => "Items sold",
        K::Returns => "Returns",
        K::ReturnRate => "Return rate",
        K::Backlog => "Orders waiting (backlog)",
        K::Range => "Items in the range",
        K::OutOfStock => "Items out of stock",
        K::InternalRejects => "Internal rejects",
        K::InternalRejectsHint => {
            "Items checked before they reach customers, and of those \
            rejected: the internal reject rate."
        }
        K::Checked => "Items checked",
        K::Rejected => "Items rejected",
        K::RejectRate => "Internal reject rate",
        K::ReturnsAndStock => "Returns, backlog and stock",
        K::Website => "Website",
        K::WebFeedback => "Website feedback",
        K::WebFeedbackByCategory => "Feedback by category",
        K::WebFeedbackIn => "Website feedback by category, {month}",
        K::Courier => "Courier",
        K::Shipments => "Shipments",
        K::Redeliveries => "Sent again after a refused delivery",
        K::RedeliveryRate => "Share sent again",
        K::CallCentre => "Call centre",
        K::CallComplaints => "Call-centre complaints",
        K::CallComplaintsByCategory => "Complaints and other feedback by category",
        K::CallComplaintsIn => "Call-centre complaints by category, {month}",
        K::Calls => "Calls",
        K::HangUps => "Hung up before reaching an agent",
        K::HangUpRate => "Share who hung up",
        K::AvgWait => "Average waiting time",
        K::CategoryLinesHint => "One category per line, then a colon and the number.",
        K::CategoryLinesExample => "Delivery late: 4\nPayment failed: 2",
        K::InvalidMonth => "Choose the month (year and month, like 2026-10).",
        K::MonthTaken => "{month} is already entered: open it from the table to change it.",
        K::InvalidReturns => "Returns cannot be more than the items sold.",
        K::InvalidRejects => "Items rejected cannot be more than items checked.",
        K::InvalidOutOfStock => "Items out of stock cannot be more than the items in the range.",
        K::InvalidRedeliveries => "Shipments sent again cannot be more than the shipments.",
        K::InvalidHangUps => "Callers who hung up cannot be more than the calls.",
        K::InvalidWait => "Write the waiting time as whole minutes and seconds (0 to 59).",
        K::InvalidWholeNumber => "{field}: write a whole number, 0 or more.",

        // Listen: the top three problems
        K::ProblemsTitle => "Top three problems",
        K::ProblemsLead => {
            "Combine your internal and suppliers' inputs and compare them with \
            what customers tell you. Focus on problems that are common, affect results and can be \
            acted on: “the item arrived broken”, not “I was not satisfied”. The three you confirm \
            guide your policy."
        }
        K::HomeComplaints => "Complaints in the log",
        K::HomeOverdue => "Follow-ups overdue",
        K::HomeGoalsMet => "Service goals met",
        K::HomePointsAdopted => "Policy points adopted",
        K::HomeTopNone => {
            "Not chosen yet: draw them from what customers, staff and suppliers \
            tell you."
        }
        K::YourTopThree => "Your top three",
        K::TopEmpty => "Not chosen yet: give a problem of the shortlist this place.",
        K::TopThreeUse => "Your customer service policy starts from these three.",
        K::RankTwice => {
            "Two problems hold place {ranks} (from merged copies): the most recently \
            changed is shown. Choose again below."
        }
        K::Shortlist => "Shortlist",
        K::ShortlistLead => {
            "Make each title specific, merge problems that are really one, then \
            give three of them a place."
        }
        K::ShortlistEmpty => {
            "The shortlist is empty: add candidates from the list below, or add \
            your own problem."
        }
        K::ProblemTitle => "Problem",
        K::DrawnFrom => "Drawn from:",
        K::PlaceInTopThree => "Place in the top three",
        K::NotInTopThree => "Not in the top three",
        K::SpecificCheck => "Specific enough to act on",
        K::MergeInto => "Merge into",
        K::RemoveFromShortlist => "Remove from the shortlist",
        K::RankRefusedVague => {
            "Too vague to act on: say what went wrong (“the item arrived \
            broken”, not “I was not satisfied”), or tick “Specific enough to act on” if it is."
        }
        K::RankRefusedNoTitle => "Give the problem a title first.",
        K::AddOwnProblem => {
            "Add a problem of your own (from a survey, a focus group, a \
            conversation)"
        }
        K::OwnProblemExample => "e.g. Customers cannot find opening hours online",
        K::Candidates => "Candidates from your inputs",
        K::CandidatesLead => {
            "Ranked by points out of 100: how often it comes up (up to {common}), its share \
            of the compensation paid (up to {cost}), and whether it is specific enough to act on \
            ({actionable})."
        }
        K::DrawnFromTime => "Drawn from",
        K::Last3Months => "the last 3 months",
        K::Last12Months => "the last 12 months",
        K::AllTime => "all time",
        K::NoCandidates => {
            "Nothing to draw from in this time: log complaints, or enter figures, \
            first."
        }
        K::WhyRanks => "Why it ranks here",
        K::FoundIn => "Found in",
        K::WhyCost => "{amount} paid in compensation, {share} of all compensation",
        K::WhyNoCost => "no compensation paid for it",
        K::WhySpecific => "a specific problem you can fix",
        K::WhyVague => "too vague to act on",
        K::ScoreOf => "{n} points of 100",
        K::AddToShortlist => "Add to the shortlist",
        K::AddNamedToShortlist => "Add to the shortlist: {name}",
        K::ProblemsMergedNotice => "The two problems were merged into one.",
        K::OnShortlist => "On the shortlist",
        K::SrcComplaints => "Complaint log",
        K::SrcWebFeedback => "Website feedback",
        K::SrcCallCentre => "Call centre",
        K::SrcReturns => "Returns per items sold",
        K::SrcBacklog => "Backlog per items sold",
        K::SrcOutOfStock => "Out of stock per items in the range",
        K::SrcRejects => "Internal rejects per items checked",
        K::SrcRedeliveries => "Courier: sent again per shipment",
        K::SrcHangUps => "Call centre: hang-ups per call",
        K::SrcReturnsTitle => "Products are returned",
        K::SrcBacklogTitle => "Orders wait too long to be fulfilled",
        K::SrcOutOfStockTitle => "Items are out of stock",
        K::SrcRejectsTitle => "Faulty items are found before shipping",
        K::SrcRedeliveriesTitle => "Deliveries are refused and sent again",
        K::SrcHangUpsTitle => "Callers hang up before reaching an agent",

        // Draft: the vision workshop
        K::PartVisions => "Vision drafts",
        K::PartGoals => "Service goals",
        K::TabVision => "Vision",
        K::TabGoals => "Goals",
        K::VisionTitle => "Vision statement",
        K::VisionLead => {
            "The vision is the guiding principle of how your business wants to deal with its \
            customers: a daily reminder and a goal to reach. Keep it as simple as the example \
            below. Work through the five steps; keep several drafts and choose one."
        }
        K::VisionExampleCaption => "McDonald's vision: four words every employee can remember.",
        K::CurrentVision => "Current vision",
        K::NoCurrentVision => "No vision chosen yet.",
        K::DraftStarted => "Draft started {date}",
        K::NewDraft => "Start a new draft",
        K::NoDrafts => "No drafts yet.",
        K::Drafts => "Drafts",
        K::DraftColStarted => "Started",
        K::DraftColStatement => "Statement",
        K::DraftColSteps => "Steps done",
        K::ChooseVision => "Choose as the current vision",
        K::CurrentBadge => "Current",
        K::IsCurrentVision => "This is your current vision.",
        K::CompareDrafts => "Compare two drafts",
        K::DraftA => "Draft A",
        K::DraftB => "Draft B",
        K::Step => "Step",
        K::WorkshopTitle => "Vision workshop",
        K::WorkshopSteps => "The five steps",
        K::StepSuccess => "Imagine your success",
        K::StepSuccessHelp => {
            "Look three to five years ahead, imagine your business's success \
            and describe it in five points."
        }
        K::SuccessPoint => "Success point {n}",
        K::StepReasons => "The customer's reasons",
        K::StepReasonsHelp => {
            "Now list the reasons for that success from the customer's point of \
            view."
        }
        K::StepSteps => "Steps you took",
        K::StepStepsHelp => {
            "Looking back from that future success, list the steps you took to \
            improve customer service."
        }
        K::StepSummary => "Key elements",
        K::StepSummaryHelp => "From these lists, summarise the key elements of your vision.",
        K::StepStatement => "Vision statement",
        K::StepStatementHelp => {
            "Pick out the verbs of your summary and use them to compose a \
            concise vision statement."
        }
        K::OnePerLine => "One per line",
        K::PickVerbs => "Words of your summary: pick the verbs",
        K::NoSummaryYet => "Write the key elements in step 4 first.",
        K::NoVerbsYet => "No verbs picked yet.",
        K::ChosenVerbs => "Verbs picked: {verbs}",
        K::UnusedVerbs => "Not in the statement yet: {verbs}",
        K::VisionExampleHint => "Concise, like “{example}”",
        K::PreviousStep => "Previous step",
        K::NextStep => "Next step",
        K::SavedAsTyped => "Saved as you type.",
        K::BackToDrafts => "All drafts",

        // Draft: service goals
        K::GoalsTitle => "Service goals",
        K::GoalsLead => {
            "Align measurable goals with your vision and with what customers need: \
            each with a target, a unit and a period. Where the workbook has the data, the actual \
            value is computed."
        }
        K::SeedGoalsText => {
            "Four goals suit almost any business: a time within which every call is answered, a \
            share of products returned, a share of complaining customers satisfied with the \
            handling, and a share who buy again."
        }
        K::AddSeedGoals => "Add the four suggested goals",
        K::GoalAnswerTime => "Every call answered within",
        K::GoalReturnRate => "Products returned",
        K::GoalSatisfied => "Complaining customers satisfied with the handling",
        K::GoalBoughtAgain => "Complaining customers who buy again",
        K::GoalOwn => "Your own goal",
        K::GoalMet => "Met",
        K::GoalMissed => "Not met",
        K::GoalUnknown => "No data yet",
        K::TargetIs => "Target: {sign} {value}",
        K::Target => "Target",
        K::Unit => "Unit",
        K::MetWhen => "Met when the value is",
        K::AtMost => "at most the target",
        K::AtLeast => "at least the target",
        K::Cadence => "Measured over",
        K::CadenceMonth => "the last month",
        K::CadenceQuarter => "the last three months",
        K::CadenceYear => "the last year",
        K::ActualEntered => "Actual value (entered)",
        K::AddressesProblem => "Addresses the problem",
        K::BasisMonth => "from the figures of {month}",
        K::BasisEntered => "entered by you",
        K::BasisNone => "no data in the workbook: enter the actual value",
        K::NoTargetYet => "Set a target to see where you stand.",
        K::AddOwnGoal => "Add a goal of your own",
        K::OwnGoalExample => "e.g. Customers contacted a month after purchase",
        K::UnitPercent => "%",
        K::UnitSeconds => "seconds",
        K::UnitMinutes => "minutes",
        K::UnitHours => "hours",
        K::UnitDays => "days",
        K::UnitCount => "number",
        K::UnitMoney => "amount",

        // Draft: the policy
        K::PartPolicy => "Policy points",
        K::TabPolicy => "Policy",
        K::PolicyTitle => "The policy",
        K::PolicyLead => {
            "Use your goals as a guide and make the policy clear and \
            customer-friendly, then read it again from the customer's point of view. Check with \
            your employees before a point is adopted: they often know best how customers meet the \
            policy."
        }
        K::WeakAreasTitle => "Start where the self-test is weakest",
        K::WeakAreaPoints => "{area} ({score}): see {points}",
        K::YourPolicy => "Your policy",
        K::Stage => "Stage",
        K::StageDraft => "Draft",
        K::StageProposed => "Proposed to staff",
        K::StageAdopted => "Adopted",
        K::AdoptNoAnswer => "Write the policy before adopting it.",
        K::AdoptNoFeedback => {
            "Check with your employees first: record at least one piece of \
            staff feedback on this point."
        }
        K::StaffFeedbackN => "Staff feedback ({n})",
        K::FeedbackBy => "Who",
        K::FeedbackText => "What they said",
        K::AddFeedback => "Add the feedback",

        // The rest of the plan (issue 4)
        K::TabStaff => "Staff",
        K::TabPlan => "Plan",
        K::TabDocument => "Document",
        K::PartRules => "Rules marked for removal",
        K::PartGuidelines => "Staff guidelines",
        K::PartTraining => "Training",
        K::PartSops => "Procedures",
        K::PartMeetings => "Customer meeting notes",
        K::PartCheckRounds => "Checklist rounds",
        K::PartPulses => "Pulse surveys",
        K::PartMembers => "Team members",
        K::PartOneOnOnes => "1:1 meetings",
        K::PartEnps => "eNPS rounds",
        K::CalFollowUp => "Follow up: {who}",
        K::CalMeetingFollowUp => "Follow up the meeting with {who}",
        K::CalOneOnOne => "1:1 with {name}",
        K::CalPulse => "Pulse survey: {title}",
        K::CalReview => "Review the customer service plan",
        K::CalTraining => "Training: {topic}",
        K::CalTitle => "In your calendar",
        K::CalLead => {
            "Put what is due in Google Calendar, Outlook or Apple Calendar: download one item, or \
            everything at once, and open the file with your calendar. After changes, download \
            again: the same items are updated, not added twice. Follow-ups carry the customer's \
            name, so keep them in a calendar only you can see."
        }
        K::CalAll => "Download everything due (.ics)",
        K::CalOne => "Add to calendar",
        K::CalNone => {
            "Nothing is due yet: no follow-up, 1:1, pulse survey, plan review or training has a \
            date."
        }
        K::CalName => "Servicebook: what is due",
        K::PartCategories => "Complaint categories",
        K::PartReviews => "Plan reviews",
        K::Remove => "Remove",
        K::NoDate => "no date",
        K::Closed => "Closed",

        K::RulesTitle => "Rules that cause problems",
        K::RulesLead => {
            "List the rules your business applies today and link each to the \
            complaint categories it leads to. The rules behind the most complaints of the last 12 \
            months come first: if you can, remove them."
        }
        K::RuleNew => "A rule you apply today",
        K::RuleNewHint => "e.g. No refunds after 14 days",
        K::RuleText => "Rule",
        K::RuleCategories => "Complaint categories it leads to",
        K::RuleDecisionLabel => "Decision",
        K::RuleKeep => "Keep",
        K::RuleRemove => "Remove",
        K::RuleRemoved => "Removed",

        K::StaffTitle => "Staff guidelines and training",
        K::StaffLead => {
            "The policy is not a weapon against the customer (“Sorry, that is company \
            policy”). Instead of rigid rules, give your staff general guidelines and the freedom \
            to solve problems, then train them on the new policy."
        }
        K::GuidelinesTitle => "Solving a customer's problem: four steps",
        K::GuidelinesLead => {
            "Four steps for solving a customer's problem, each with an example: reword any of them \
            to fit your business. Your version is what the policy document prints."
        }
        K::GuideWhatToDo => "What to do",
        K::GuideExample => "Example",
        K::GuideReset => "Go back to the original wording",
        K::TrainingTitle => "Training plan",
        K::TrainingLead => {
            "Hold a mandatory meeting to present the plan and explain its purpose, \
            then build training into regular meetings and run workshops for specific skills, such \
            as resolving complaints."
        }
        K::TrainingNoKickOff => {
            "No kick-off meeting yet: plan the mandatory meeting that \
            presents the plan to everyone."
        }
        K::TrainingAdd => "Add a session",
        K::TrainingKindLabel => "Kind",
        K::TrainingKickOff => "Kick-off meeting (mandatory)",
        K::TrainingMeeting => "Regular meeting",
        K::TrainingWorkshop => "Workshop",
        K::TrainingTopic => "Topic",
        K::TrainingAttendees => "Who attends",
        K::TrainingAttendeesHint => "e.g. all staff",
        K::TrainingHeld => "Held",
        K::TrainingNotes => "Notes",

        K::PlanTitle => "The plan: customers, support, review",
        K::PlanLead => {
            "Who your customers are and what they need, when and how they can reach \
            you, how you teach them to help themselves, and when you next review it all."
        }
        K::CustomerTitle => "Customer profile",
        K::CustomerLead => "The traits your average customer shares.",
        K::CustLocation => "Location",
        K::CustLocationHint => "e.g. the neighbourhood and nearby villages",
        K::CustEducation => "Education",
        K::CustEducationHint => "e.g. mixed; many tradespeople",
        K::CustGender => "Gender",
        K::CustGenderHint => "e.g. about half and half",
        K::CustAge => "Age",
        K::CustAgeHint => "e.g. mostly 35 to 65",
        K::CustOther => "Other traits",
        K::CustOtherHint => "e.g. come on foot, buy small amounts often",
        K::NeedsTitle => "What they need",
        K::NeedPerformance => "From the product",
        K::NeedPerformanceHint => "How it must perform",
        K::NeedSupport => "From the support staff",
        K::NeedSupportHint => "How they want to be dealt with",
        K::NeedPrice => "Price",
        K::NeedPriceHint => "What they expect to pay, and for what",
        K::NeedDurability => "Durability",
        K::NeedDurabilityHint => "How long it must last, and cover if it fails",
        K::SupportTitle => "Support availability",
        K::SupportLead => {
            "When customers can reach your staff, and through which channels: in \
            real time during the hours, and otherwise (for example phone Monday to Friday in \
            office hours, chat and e-mail the rest of the time)."
        }
        K::HoursSuggested => {
            "These hours are only a suggestion. Change them, or confirm them as they are: until \
            then the policy document leaves them out."
        }
        K::HoursConfirm => "These are our hours",
        K::HoursTitle => "Hours when staff answer in real time",
        K::HoursSummary => "{hours} hours a week: {spans}",
        K::HoursNone => "No hours set: customers cannot reach anyone in real time.",
        K::HoursReversed => {
            "The closing time is not after the opening time on: {days}. Those \
            days count as closed."
        }
        K::HoursOpen => "Open",
        K::HoursFrom => "From",
        K::HoursTo => "To",
        K::HoursOpenOn => "Open on {day}",
        K::HoursFromOn => "Opening time on {day}",
        K::HoursToOn => "Closing time on {day}",
        K::ChannelsTitle => "Channels",
        K::ChannelsLead => "Which channels serve in real time and which off hours.",
        K::NoOffHours => {
            "Outside your hours no channel takes customers' requests: add chat or e-mail for the \
            rest of the time."
        }
        K::ChannelKindLabel => "Channel",
        K::ChannelDetail => "Number, address or page",
        K::ChannelDetailHint => "e.g. 051 123 456",
        K::ChannelReach => "When it serves",
        K::ChannelPhoneName => "Phone",
        K::ChannelShopName => "In the shop",
        K::ChannelChatName => "Online chat",
        K::ChannelEmailName => "E-mail",
        K::ChannelMessagingName => "Messaging app",
        K::ChannelSocialName => "Social media",
        K::ChannelOtherName => "Other",
        K::ReachInHours => "in real time, during the hours",
        K::ReachOffHours => "outside the hours, answered later",
        K::ReachAlways => "at any time",
        K::AddChannel => "Add a channel",
        K::EducationTitle => "Customer education",
        K::EducationLead => {
            "What to expect from the products, how to handle basic \
            troubleshooting alone, and how to get help when they need it."
        }
        K::SelfHelp => "Self-help",
        K::SelfHelpHint => "e.g. care guides on the website and in the shop",
        K::GetHelp => "How to get help",
        K::GetHelpHint => "e.g. call the shop; e-mail with a photo of the receipt",
        K::TermsTitle => "For the page for customers",
        K::TermsLead => {
            "Write these for your customers, in your own words: they appear only on the page for customers (Document tab), never your staff's notes. Leave empty what does not apply."
        }
        K::TermsReturns => "Returns and exchanges",
        K::TermsShipping => "Shipping and delivery",
        K::TermsPayment => "Payment methods",
        K::TermsGuarantees => "Guarantees",
        K::TermsComplain => "How to make a complaint",
        K::TermsContact => "Contact (address, phone, e-mail, website)",
        K::ReviewTitle => "Review cycle",
        K::ReviewLead => {
            "There is no perfect plan: what works today may not in a few years. \
            Review the policy and procedures regularly, and note what changed."
        }
        K::ReviewOn => "Reviewed on",
        K::ReviewNext => "Next review",
        K::ReviewChanged => "What changed since the last review",
        K::ReviewChangedHint => "e.g. Saturday hours added; returns now 30 days",
        K::ReviewAdd => "Record the review",
        K::ReviewNextOn => "next: {date}",
        K::ReviewNever => {
            "The plan has not been reviewed yet. Record a review when you have gone \
            through it, and set the next date."
        }
        K::ReviewNoNext => "Last reviewed on {last}, with no next date set.",
        K::ReviewDue => {
            "The plan's review is due: it was last reviewed on {last} and the next \
            review was planned for {since}."
        }
        K::ReviewScheduled => "Last reviewed on {last}; next review on {next}.",
        K::ReviewInFuture => "The review date cannot be in the future.",
        K::ReviewNextNotAfter => "The next review must come after this one.",
        K::ReviewGoThere => "Review the plan",
        K::ReviewNoDate => "Enter the date of the review.",

        K::DocPageTitle => "The policy document",
        K::DocPageLead => {
            "Your vision, goals, policy, guidelines, support hours and training as \
            one document, to print or to share as Markdown."
        }
        K::CustomerPageTitle => "Page for customers",
        K::CustomerPageLead => {
            "One page for your customers, in the language chosen above: returns, shipping, payment, guarantees, how to complain, support hours and channels, contact. Put it on your website or print it for the counter. It holds only what you wrote for customers on the Plan tab."
        }
        K::CustomerPageDownload => "Page for customers (HTML)",
        K::CustomerPageEmpty => {
            "Nothing for customers yet: write your returns, shipping, payment and contact, or confirm your support hours, on the Plan tab."
        }
        K::CustomerPageWrite => "Write the texts for customers",
        K::CpTitle => "Customer service",
        K::CpTitleOf => "Customer service · {business}",
        K::CpReturns => "Returns and exchanges",
        K::CpShipping => "Shipping and delivery",
        K::CpPayment => "Payment",
        K::CpGuarantees => "Guarantees",
        K::CpComplain => "How to make a complaint",
        K::CpSupport => "Help and support",
        K::CpHours => "When we answer",
        K::CpChannels => "How to reach us",
        K::CpGetHelp => "How to get help",
        K::CpSelfHelp => "Answers you can find yourself",
        K::CpContact => "Contact",
        K::CpUpdated => "Last updated: {date}",
        K::CpReachInHours => "during the hours above",
        K::CpReachOffHours => "at any time; we reply during our hours",
        K::CpReachAlways => "at any time",
        K::DocLanguage => "Language of the document",
        K::DownloadMarkdown => "Download as Markdown",
        K::DocTitle => "Customer service policy",
        K::DocPrepared => "Prepared on {date}",
        K::DocReviewed => "Last reviewed on {last}",
        K::DocReviewedNext => "Last reviewed on {last}; next review on {next}",
        K::DocVision => "Our vision",
        K::DocNoVision => "No vision has been chosen yet.",
        K::DocGoals => "Service goals",
        K::DocNoGoals => "No service goals have been set yet.",
        K::DocGoal => "Goal",
        K::DocPeriod => "Measured over",
        K::DocNow => "Now",
        K::DocPolicy => "Our policy",
        K::DocNoPolicy => "No policy point has been written yet.",
        K::DocNotAdopted => "Not yet adopted ({stage}).",
        K::DocGuidelines => "Solving a customer's problem",
        K::DocGuidelinesLead => "General guidelines for every member of staff, not rigid rules.",
        K::DocSupport => "When and how to reach us",
        K::DocHoursNotConfirmed => "The support hours have not been confirmed yet.",
        K::DocNoHours => "No support hours have been set yet.",
        K::DocDay => "Day",
        K::DocHours => "Hours",
        K::DocChannels => "Channels",
        K::DocTraining => "Training",
        K::DocNoTraining => "No training has been planned yet.",
        K::DocDate => "Date",

        // Run: procedures (issue 5)
        K::NavRun => "Run",
        K::Yes => "yes",
        K::No => "no",
        K::SopTitle => "Standard operating procedures",
        K::SopLead => {
            "Write down how routine work is done, so every customer is treated the same \
            way and new staff learn faster: a title, the department, the purpose, the terms used, \
            and the steps, where a step can be a decision. The app draws the flowchart."
        }
        K::SopSearch => "Search the procedures",
        K::SopDepartment => "Department",
        K::SopAllDepartments => "All departments",
        K::SopNew => "New procedure",
        K::SopNone => "No procedure matches. Start a new one, or copy one of the templates below.",
        K::SopUntitled => "Untitled procedure",
        K::SopVersionOn => "version of {date}",
        K::SopStarters => "Templates to copy and adapt",
        K::SopStartersLead => "Each copy is yours to change; the template stays as it is.",
        K::SopCopy => "Copy",
        K::SopBack => "← All procedures",
        K::SopFieldTitle => "Title",
        K::SopPurpose => "Purpose",
        K::SopTerms => "Terms",
        K::SopTermsLead => {
            "The company's own words and acronyms this procedure uses, explained \
            for someone new."
        }
        K::SopTerm => "Term",
        K::SopMeaning => "Meaning",
        K::SopAddTerm => "Add a term",
        K::SopSteps => "Instructions",
        K::SopStepsLead => {
            "Steps in order. Mark a step as a decision to give it answers that \
            lead to other steps."
        }
        K::SopStepN => "Step {n}",
        K::SopAddStep => "Add a step",
        K::SopDecision => "Decision",
        K::SopEndsHere => "Ends the procedure",
        K::SopMoveUp => "Move step {n} up",
        K::SopMoveDown => "Move step {n} down",
        K::SopAnswer => "Answer",
        K::SopLeadsTo => "Leads to",
        K::SopAddAnswer => "Add an answer",
        K::SopGoToStep => "step {n}",
        K::SopFlowchart => "Flowchart",
        K::FlowStart => "Start",
        K::FlowEnd => "End",
        K::SopEmptyStep => "Step {n} has no text.",
        K::SopOneAnswer => "Step {n} is a decision with one answer: give it at least two.",
        K::SopUnnamedAnswer => "An answer of step {n} has no name.",
        K::SopMissingTarget => "An answer of step {n} leads to a step that no longer exists.",
        K::SopLoopsOnItself => "An answer of step {n} leads back to step {n} itself.",
        K::SopUnreached => "Nothing leads to step {n}.",

        // Run: the team (issue 5)
        K::TabProcedures => "Procedures",
        K::TabTeam => "Team",
        K::TeamTitle => "Listening to the team",
        K::TeamLead => {
            "How your staff feel about the business, and one-to-one time with each of \
            them."
        }
        K::EnpsTitle => "Employee Net Promoter Score (eNPS)",
        K::EnpsHow => {
            "Promoters answer 9 or 10, passives 7 or 8, detractors 6 or less. eNPS is the share of \
            promoters minus the share of detractors, from −100 to +100. The standard scale runs \
            from 0 to 10; some surveys use 1 to 10, scored the same way (1 to 6 are detractors)."
        }
        K::EnpsAdd => "Add a round",
        K::EnpsAddButton => "Add the round",
        K::EnpsScale => "Scale",
        K::EnpsScale010 => "0 to 10 (standard)",
        K::EnpsScale110 => "1 to 10",
        K::EnpsAnswers => "The answers, as numbers separated by spaces",
        K::EnpsNoDate => "Enter the date of the round.",
        K::EnpsNotNumber => "“{word}” is not a number from the scale.",
        K::EnpsOutOfScale => "These answers are outside the {range} scale: {values}.",
        K::EnpsNoAnswers => "Type at least one answer.",
        K::EnpsResponses => "Answers",
        K::EnpsPromoters => "Promoters",
        K::EnpsPassives => "Passives",
        K::EnpsDetractors => "Detractors",
        K::EnpsChange => "{change} since the round before",
        K::OnesTitle => "1:1 meetings",
        K::OnesLead => {
            "A regular private talk with each member of the team gives a real idea of \
            what is going on. The notes are private: an anonymised copy leaves them out."
        }
        K::OnesAddMember => "Add a team member",
        K::OnesName => "Name",
        K::OnesRole => "Role",
        K::OnesCadence => "Meet",
        K::EveryWeek => "every week",
        K::EveryMonth => "every month",
        K::EveryQuarter => "every three months",
        K::OnesNever => "No 1:1 yet",
        K::OnesOverdue => "Due since {date}",
        K::OnesDueToday => "Due today",
        K::OnesNext => "Next on {date}",
        K::OnesMeetingsN => "1:1s ({n})",
        K::OnesNotes => "Private notes",
        K::OnesActions => "Agreed actions, one per line",
        K::OnesNoName => "Enter the member's name.",
        K::OnesNoDate => "Enter the date of the 1:1.",
        K::OnesLog => "Record the 1:1",
        // Run → Meetings
        K::TabMeetings => "Meetings",
        K::MeetTitle => "Customer meeting notes",
        K::MeetLead => {
            "Write down every meeting with a customer, by phone or in person, on the \
            same template: who, when, the topics, what the customer said, the actions agreed and \
            when to follow up. The notes are kept and can be searched."
        }
        K::MeetSearch => "Search the notes",
        K::MeetOnlyDue => "Only follow-ups due",
        K::MeetNew => "New meeting note",
        K::MeetNone => "No meeting notes match. Write one after your next call or visit.",
        K::MeetNoCustomer => "Customer not named",
        K::MeetFollowUpDue => "Follow-up due since {date}",
        K::MeetFollowUpOn => "Follow-up on {date}",
        K::MeetFollowedUp => "Followed up ({date})",
        K::MeetPhone => "By phone",
        K::MeetInPerson => "In person",
        K::MeetBack => "← All meeting notes",
        K::MeetNoteTitle => "Meeting with a customer",
        K::MeetDate => "When",
        K::MeetKind => "How",
        K::MeetCustomer => "Customer",
        K::MeetStaff => "Who met them (your side)",
        K::MeetNoDate => "Enter the date of the meeting; the date saved before is kept.",
        K::MeetTopics => "Topics",
        K::MeetFeedback => "The customer's feedback",
        K::MeetActions => "Action items",
        K::MeetActionText => "Action",
        K::MeetActionWho => "Who",
        K::MeetActionDone => "Done",
        K::MeetAddAction => "Add an action",
        K::MeetFollowUp => "Follow-up",
        K::MeetFollowUpDate => "Follow-up date",
        K::MeetFollowedUpCheck => "The follow-up took place",

        // Run → Checklist
        K::TabChecklist => "Checklist",
        K::CheckTitle => "Service checklist",
        K::CheckLead => {
            "The points to keep in every conversation with a customer. Tick them for \
            a shift or an agent: every round is kept, and you see which points slip."
        }
        K::CheckKeep => "Tick the checklist for a shift or an agent",
        K::CheckWho => "Shift or agent",
        K::CheckPoints => "Points kept",
        K::CheckTicked => "{n} of {total} ticked",
        K::CheckNote => "Note",
        K::CheckSave => "Save the round",
        K::CheckNoDate => "Enter the date of the round.",
        K::CheckNoWho => "Enter the shift or the agent the round is for.",
        K::CheckHistory => "Over time",
        K::CheckNone => "No round yet: tick the checklist above after a shift.",
        K::CheckFor => "Show",
        K::CheckEveryone => "Every shift and agent",
        K::CheckRates => "How often each point was kept",
        K::CheckTrashRound => "Move to the trash: the round of {date}, {who}",
        K::CheckRemovePoint => "Remove point {n}",
        K::MeetRemoveAction => "Remove action {n}",
        K::CheckOf => "{n} of {total} ({pct})",
        K::CheckRounds => "Rounds",
        K::CheckMissed => "Missed: {points}",
        K::CheckEdit => "The checklist's points",
        K::CheckEditLead => {
            "Start from the suggested points and make them your own: change the wording, remove \
            what does not fit, add your own. Rounds already saved keep the points they had."
        }
        K::CheckPointN => "Point {n}",
        K::CheckNewPoint => "A new point",
        K::CheckReset => "Go back to the original points",
        K::CheckResetNotice => "The checklist is back to the original points.",

        // Run → Team: the eNPS trend and pulse surveys
        K::EnpsTrendLabel => "eNPS over {n} rounds, from {first} to {last}",
        K::PulseTitle => "Pulse surveys",
        K::PulseLead => {
            "Short surveys, no more than ten questions, sent weekly, monthly or \
            quarterly to see quickly what the team thinks. Each question is answered from 1 (not \
            at all) to 5 (fully)."
        }
        K::PulseNew => "New pulse survey",
        K::PulseUntitled => "Untitled survey",
        K::PulseNoRound => "No round yet",
        K::PulseDue => "Round due since {date}",
        K::PulseNext => "Next round {date}",
        K::PulseNoResults => "No answers yet: enter the first round below.",
        K::PulseResultsCaption => "Average answer to each question, per round (1 to 5)",
        K::PulseQuestion => "Question",
        K::PulseChange => "Change",
        K::PulseEnterRound => "Enter a round's answers",
        K::PulseRoundLead => {
            "For each question, type the answers given, from 1 to 5, separated \
            by spaces. A round on the same date replaces the one entered before."
        }
        K::PulseBadAnswers => {
            "“{question}”: answers are whole numbers from 1 to 5, so this \
            cannot be counted: {values}. Nothing was saved."
        }
        K::PulseRoundRemoved => "The round was removed.",
        K::PulseRemoveRound => "Remove the round of {date}",
        K::PulseRemoveQuestion => "Remove question {n}",
        K::PulseNoAnswers => "Type at least one answer.",
        K::PulseSaveRound => "Save the round",
        K::PulseRoundsEntered => "Rounds entered",
        K::PulseEdit => "Questions and cadence",
        K::PulseName => "Title",
        K::PulseCadence => "Sent",
        K::PulseQuestionN => "Question {n}",
        K::PulseAddQuestion => "Add a question",
        K::PulseFull => {
            "A pulse survey has at most ten questions: keep it short so people \
            answer."
        }
        K::HomeProcedures => "Procedures written",
        K::HomeFollowUpsDue => "Customer follow-ups due",
        K::HomeOnesDue => "1:1s due",
        K::HomePulsesDue => "Pulse rounds due",
        K::UpdateReady => {
            "A new version of Servicebook is ready. Your work is saved; reload to \
            use it."
        }
        K::UpdateReload => "Reload now",
        K::UpdateLater => "Later",

        // Seed 004: the service checklist (run/checklist.rs)
        K::ChecklistPolite => "Keep a positive and polite attitude",
        K::ChecklistNeverBlame => {
            "Never blame the customer for the problem, even when they are \
            unhappy or angry"
        }
        K::ChecklistPositiveTone => "Keep a positive, optimistic tone throughout the conversation",
        K::ChecklistNoEmotions => "Do not get carried away by emotions when handling a complaint",
        K::ChecklistStayCalm => "Stay calm: breathe, take a short walk or a sip of water",
        K::ChecklistFollowProcedure => "Follow the complaint-handling procedure",

        // The team's eNPS question and starter pulse survey (run/team.rs)
        K::EnpsQuestion => "How likely are you to recommend our company to others?",
        K::PulseStarterTitle => "Monthly team pulse",
        K::PulseStarterWhatINeed => "I have what I need to help customers",
        K::PulseStarterExpected => "I know what is expected of me",
        K::PulseStarterIdeas => "My ideas are listened to",

        // The seed's example of a concise vision (draft/vision.rs)
        K::ExampleVision => "Quality, service, cleanliness, value.",

        // Complaint categories a new workbook starts with (listen/complaints.rs)
        K::CategoryBroken => "Item arrived broken",
        K::CategoryLate => "Late delivery",
        K::CategoryWrongItem => "Wrong item",
        K::CategoryOutOfStock => "Out of stock",
        K::CategoryRudeStaff => "Rude or unhelpful staff",
        K::CategoryBilling => "Billing error",

        // Seed 001: the customer service quotient's areas and statements (selftest/quotient.rs)
        K::CqCultureTitle => "Customer-focused culture",
        K::CqCultureLead => {
            "How customer-focused is your company culture? Do you put the \
            customer first, or are you more concerned with your internal affairs?"
        }
        K::CqProductsTitle => "Products and sales materials",
        K::CqProductsLead => {
            "To what extent do your products and sales materials speak to \
            customers? A good product does not sell itself: you must adapt your products to what \
            your customers want."
        }
        K::CqFeedbackTitle => "Responding to feedback",
        K::CqFeedbackLead => {
            "How well do you respond to customer feedback? Customers must feel \
            heard and their complaints dealt with at once. Their feedback is free and extremely \
            valuable: do not ignore it."
        }
        K::CqKnowledgeTitle => "Knowing your customers",
        K::CqKnowledgeLead => {
            "How well do your company and your employees know your customers? \
            The better you know them, the better you can tailor your service to their needs."
        }
        K::CqContactTitle => "Ease of contact",
        K::CqContactLead => {
            "How easy is it for customers to reach your business? On average, for \
            every customer who complains, 26 stay silent, and 91% of unhappy customers leave \
            without complaining and never come back."
        }
        K::CqStaffTitle => "Staff skills",
        K::CqStaffLead => {
            "How qualified is your staff? Your staff is the link between you and \
            your customers: the better they are trained, the better the service they can give."
        }
        K::CqImprovementTitle => "Improving products",
        K::CqImprovementLead => {
            "How actively do you try to improve your products? The last part \
            of customer service is always looking for a better product that meets or even \
            anticipates customers' needs."
        }
        K::CqCulture1 => {
            "We are committed to doing whatever it takes to create satisfied \
            customers."
        }
        K::CqCulture2 => "We try to do things right the first time.",
        K::CqCulture3 => "As the owner, I set the example that customer service is important.",
        K::CqCulture4 => "Our customers' needs are more important than our internal needs.",
        K::CqProducts1 => "When we sell, we strive for a partnership approach.",
        K::CqProducts2 => "In our advertising we do not promise what we cannot deliver.",
        K::CqProducts3 => "We know the features and benefits that matter most to our customers.",
        K::CqProducts4 => {
            "We design new products/services based on information from our \
            customers."
        }
        K::CqFeedback1 => "We examine customer complaints.",
        K::CqFeedback2 => "We constantly ask our customers for feedback.",
        K::CqFeedback3 => {
            "We regularly look for ways to eliminate errors based on customer \
            input."
        }
        K::CqKnowledge1 => "We have determined what our customers expect from us.",
        K::CqKnowledge2 => "We are in regular contact with our customers.",
        K::CqKnowledge3 => "All employees know what is important to our customers.",
        K::CqContact1 => "We make it easy for our customers to do business with us.",
        K::CqContact2 => "We strive to resolve all customer complaints.",
        K::CqContact3 => "We encourage giving the customer that \"wow feeling\".",
        K::CqStaff1 => "I respect my employees.",
        K::CqStaff2 => "All employees understand our product/service well.",
        K::CqStaff3 => "All employees have the right tools and skills to do their job well.",
        K::CqStaff4 => "All employees are encouraged to solve the customer's problems.",
        K::CqStaff5 => "All employees believe that customer satisfaction is part of their job.",
        K::CqImprovement1 => "We work constantly to improve our processes and products.",
        K::CqImprovement2 => {
            "We work with other groups to learn from their strengths and \
            weaknesses."
        }
        K::CqImprovement3 => "When we discover problems, we try to solve them quickly.",

        // Seed 001, step 10: the four steps of handling a complaint (draft/plan.rs)
        K::GuideUnderstandTitle => "Understand the problem",
        K::GuideUnderstandText => {
            "Let the customer finish without interrupting, write down the \
            important facts and repeat them back to make sure you understood."
        }
        K::GuideUnderstandExample => {
            "“Just to confirm: you would like a new unit and your money \
            back, is that right?”"
        }
        K::GuideCauseTitle => "Determine the cause",
        K::GuideCauseText => {
            "Find out what the customer did, work out what should have happened \
            and isolate the problem. Finding the cause often means accepting that the business, \
            not the customer, is responsible."
        }
        K::GuideCauseExample => {
            "“You ordered a device our website says works with your system. \
            You should have been able to plug it in and use it, but the documentation on our \
            website must be wrong, because the device is not compatible with your system.”"
        }
        K::GuideSolutionsTitle => "Suggest solutions",
        K::GuideSolutionsText => {
            "Ask the customer for ideas first. If they know how they want it \
            resolved, agree, or work out with them a plan acceptable to both the customer and the \
            business."
        }
        K::GuideSolutionsExample => "“How would you like us to put this right?”",
        K::GuideResolveTitle => "Resolve the problem",
        K::GuideResolveText => {
            "Take corrective action and ask the customer whether they are \
            satisfied with how the problem was solved. Apologise, and preferably offer something \
            to make up for the trouble."
        }
        K::GuideResolveExample => {
            "“I am sorry for the trouble. The replacement goes out today, \
            and here is a voucher for your next purchase. Are you happy with this?”"
        }

        // Seed 001, step 9: the policy's seven points and their questions (draft/policy.rs)
        K::PolicyOverviewTitle => "Product or service overview",
        K::PolicyOverviewQ1 => {
            "Do you have a policy that makes it as easy as possible for \
            customers to get information about what you sell?"
        }
        K::PolicySpeedTitle => "Speed",
        K::PolicySpeedQ1 => "Can your customers order quickly and easily?",
        K::PolicySpeedQ2 => "Are knowledgeable customer service representatives available?",
        K::PolicySpeedQ3 => {
            "What is the maximum waiting time by phone and in the shop, and what \
            does it take to meet it?"
        }
        K::PolicyCommunicationTitle => "Communication",
        K::PolicyCommunicationQ1 => {
            "Do you tell customers everything they need to know to buy \
            from you?"
        }
        K::PolicyCommunicationQ2 => "Are the returns and shipping policy easy to find?",
        K::PolicyCommunicationQ3 => "Are the accepted payment methods clearly stated?",
        K::PolicyCommunicationQ4 => {
            "Are extra services and guarantees explained without pressing \
            the customer to buy?"
        }
        K::PolicyFollowUpTitle => "Follow-up",
        K::PolicyFollowUpQ1 => {
            "Do customers get the name, phone number and e-mail of a person to \
            contact for help after a purchase?"
        }
        K::PolicyFollowUpQ2 => "Do you show them a timeline for the service or the delivery?",
        K::PolicyFollowUpQ3 => "Do they know how to ask for technical support or other help?",
        K::PolicyFollowUpQ4 => "Can they easily make a complaint if they feel they need to?",
        K::PolicyComplaintsTitle => "Complaints and disputes",
        K::PolicyComplaintsQ1 => "Are complaints handled at once?",
        K::PolicyComplaintsQ2 => {
            "Are employees free to solve problems to reach the best \
            solution?"
        }
        K::PolicyComplaintsQ3 => "Is senior management involved quickly?",
        K::PolicyComplaintsQ4 => "How are customers compensated for different problems?",
        K::PolicyComplaintsQ5 => "Is there a follow-up to make sure the customer is satisfied?",
        K::PolicyRetentionTitle => "Retention",
        K::PolicyRetentionQ1 => "Do you build long-term relationships with your customers?",
        K::PolicyRetentionQ2 => {
            "Do you contact them a month after the purchase to make sure they \
            are satisfied?"
        }
        K::PolicyRetentionQ3 => "Would a newsletter or coupons suit your customers?",
        K::PolicyRetentionQ4 => "Could a customer forum on your website help?",
        K::PolicySupervisionTitle => "Supervising employees",
        K::PolicySupervisionQ1 => "Do you encourage your employees to give good customer service?",
        K::PolicySupervisionQ2 => {
            "Do you share customers' feedback with them, and address it \
            when standards are missed?"
        }
        K::PolicySupervisionQ3 => "Do you recognise and reward them when they give good service?",

        // Starter procedures the user can copy and adapt (run/procedures.rs)
        K::SopDeptCustomerService => "Customer service",
        K::SopYes => "yes",
        K::SopNo => "no",
        K::SopCallTitle => "Handling a complaint call",
        K::SopCallPurpose => {
            "Every customer who calls with a complaint is treated the same way, \
            heard out and helped at once."
        }
        K::SopCallTermLog => "Complaint log",
        K::SopCallTermLogMeaning => {
            "Where every complaint is written down, in Servicebook's \
            Listen section."
        }
        K::SopCallStep1 => "Answer within three rings with the shop's name and yours",
        K::SopCallStep2 => "Let the customer finish; write down the facts and repeat them back",
        K::SopCallStep3 => "Log the complaint while the customer is on the line",
        K::SopCallStep4 => "Can you solve it yourself?",
        K::SopCallStep5 => "Agree the solution, carry it out and ask if the customer is satisfied",
        K::SopCallStep6 => {
            "Escalate to a manager (see “Escalating to a manager”) and set the \
            follow-up date"
        }
        K::SopEscalateTitle => "Escalating to a manager",
        K::SopEscalatePurpose => {
            "Problems staff cannot solve reach someone who can, quickly, \
            without the customer telling the story twice."
        }
        K::SopEscalateStep1 => "Tell the customer who will call back and by when",
        K::SopEscalateStep2 => {
            "Pass the written facts and what was tried to the manager the same \
            day"
        }
        K::SopEscalateStep3 => "Is the manager available today?",
        K::SopEscalateStep4 => "Ask the owner to decide",
        K::SopEscalateStep5 => "Call the customer back with the decision and the compensation",
        K::SopRefundTitle => "A refund or replacement request",
        K::SopRefundPurpose => {
            "Refunds and replacements are decided the same way for everyone, \
            quickly and fairly."
        }
        K::SopRefundTermReceipt => "Receipt",
        K::SopRefundTermReceiptMeaning => "Proof of purchase: paper, e-mail or card statement.",
        K::SopRefundStep1 => "Check the proof of purchase and the item",
        K::SopRefundStep2 => "Is the item faulty or not as described?",
        K::SopRefundStep3 => "Offer the customer the choice: replacement or full refund",
        K::SopRefundStep4 => "Within the return period?",
        K::SopRefundStep5 => "Refund or exchange as the returns policy says",
        K::SopRefundStep6 => {
            "Explain kindly why not, and offer what you can (a voucher, a \
            repair)"
        }
    }
}

/// CLDR's rule for English: `one` when i = 1 and v = 0 (exactly 1, written
/// without decimals), `other` for everything else.
pub(super) use super::one_other::{plural, CATEGORIES};

pub(super) const fn forms(key: P) -> Forms {
    match key {
        P::ProblemChunk => Forms::one_other(
            "{n} record of “{part}” could not be read and was kept aside; everything else loaded.",
            "{n} records of “{part}” could not be read and were kept aside; everything else \
                loaded.",
        ),
        P::ProblemRebuilt => Forms::one_other(
            "The list of your saved parts was missing or damaged, so Servicebook rebuilt the \
                workbook from the one part it found intact ({records} records). Check your latest \
                changes; your most recent exported file is the surest copy.",
            "The list of your saved parts was missing or damaged, so Servicebook rebuilt the \
                workbook from the {n} parts it found intact ({records} records). Check your \
                latest changes; your most recent exported file is the surest copy.",
        ),
        P::ProblemMissing => Forms::one_other(
            "{n} record of “{part}” is missing from this browser's storage and cannot be \
                recovered here. Import your most recent exported file with Merge (Share & backup) \
                to get it back.",
            "{n} records of “{part}” are missing from this browser's storage and cannot be \
                recovered here. Import your most recent exported file with Merge (Share & backup) \
                to get them back.",
        ),
        P::ProblemFromEarlier => Forms::one_other(
            "{n} record of “{part}” was damaged or missing, so an earlier saved copy of it was \
                loaded instead. Check your latest changes there.",
            "{n} records of “{part}” were damaged or missing, so an earlier saved copy of them \
                was loaded instead. Check your latest changes there.",
        ),
        P::MergedNew => Forms::one_other("{n} new", "{n} new"),
        P::MergedUpdated => Forms::one_other("{n} updated", "{n} updated"),
        P::StepFollowUpsOverdue => Forms::one_other(
            "Call back the customer whose follow-up is overdue",
            "Call back the {n} customers whose follow-up is overdue",
        ),
        P::StepMeetingFollowUps => Forms::one_other(
            "Follow up the customer meeting that is due",
            "Follow up the {n} customer meetings that are due",
        ),
        P::StepBackupDue => Forms::one_other(
            "Save a backup copy: the last one is {n} day old",
            "Save a backup copy: the last one is {n} days old",
        ),
        P::StepOnesDue => {
            Forms::one_other("Hold the 1:1 that is due", "Hold the {n} 1:1s that are due")
        }
        P::StepPulsesDue => Forms::one_other(
            "Send the pulse round that is due",
            "Send the {n} pulse rounds that are due",
        ),
        P::EnpsOf => Forms::one_other("on {date}, {n} answer", "on {date}, {n} answers"),
        P::PulseAnswersN => Forms::one_other("{n} answer", "{n} answers"),
        P::PreviewReplace => Forms::one_other(
            "Your workbook ({n} record) is replaced by the file. You can undo \
            it until you close this window.",
            "Your workbook ({n} records) is replaced by the file. You can undo \
            it until you close this window.",
        ),
        P::BasisComplaints => Forms::one_other(
            "from {n} complaint with an answer, {period}",
            "from {n} complaints with an answer, {period}",
        ),
        P::CsvImportCount => Forms::one_other("Import {n} complaint", "Import {n} complaints"),
        P::CsvRowsSkipped => {
            Forms::one_other("{n} row will be skipped", "{n} rows will be skipped")
        }
        P::CsvImported => Forms::one_other(
            "{n} complaint imported from the spreadsheet.",
            "{n} complaints imported from the spreadsheet.",
        ),
        P::CsvImportUndone => Forms::one_other(
            "Import undone: {n} complaint taken out of the log.",
            "Import undone: {n} complaints taken out of the log.",
        ),
        P::CsvMoreRows => Forms::one_other(
            "{n} more row is not listed here.",
            "{n} more rows are not listed here.",
        ),
        P::SyncWaiting => Forms::one_other(
            "Working offline: {n} change waiting.",
            "Working offline: {n} changes waiting.",
        ),
        P::RecoveryText => Forms::one_other(
            "{n} saved part could not be read and is kept aside, untouched. Download it as a \
                Servicebook file: import it here with Merge to get back every record that can \
                still be read (the rest is inside, as it was stored). Discard it once you no \
                longer need it.",
            "{n} saved parts could not be read and are kept aside, untouched. Download them as a \
                Servicebook file: import it here with Merge to get back every record that can \
                still be read (the rest is inside, as it was stored). Discard them once you no \
                longer need them.",
        ),
        P::ComplaintsShown => Forms::one_other("{n} complaint matches.", "{n} complaints match."),
        P::WhyComplaints => Forms::one_other(
            "{n} complaint out of {base} ({share})",
            "{n} complaints out of {base} ({share})",
        ),
        P::WhyWebFeedback => Forms::one_other(
            "{n} website comment out of {base} ({share})",
            "{n} website comments out of {base} ({share})",
        ),
        P::WhyCallCentre => Forms::one_other(
            "{n} call-centre complaint out of {base} ({share})",
            "{n} call-centre complaints out of {base} ({share})",
        ),
        P::WhyFigure => {
            Forms::one_other("{n} out of {base} ({share})", "{n} out of {base} ({share})")
        }
        P::EstimateText => Forms::one_other(
            "For your one recorded complaint, about {silent} customers may have stayed silent, \
                and unhappy customers may have told {low} to {high} people.",
            "For your {n} recorded complaints, about {silent} customers may have stayed silent, \
                and unhappy customers may have told {low} to {high} people.",
        ),
        P::EraseConfirm => Forms::one_other(
            "Erase personal data in {n} record",
            "Erase personal data in {n} records",
        ),
        P::EraseDone => Forms::one_other(
            "Personal data erased in {n} record.",
            "Personal data erased in {n} records.",
        ),
        P::Points => Forms::one_other("{n} point", "{n} points"),
        P::InvalidCategoryLines => Forms::one_other(
            "{field}: line {lines} should read “category: number”.",
            "{field}: lines {lines} should read “category: number”.",
        ),
        P::Participants => Forms::one_other("{n} participant", "{n} participants"),
        P::RuleComplaints => {
            Forms::one_other("{n} complaint in 12 months", "{n} complaints in 12 months")
        }
        P::SopSteps => Forms::one_other("{n} step", "{n} steps"),
        P::SopProblems => Forms::one_other(
            "{n} thing to fix in the steps",
            "{n} things to fix in the steps",
        ),
        P::MeetDue => Forms::one_other(
            "{n} follow-up is due: call or meet the customer again.",
            "{n} follow-ups are due: call or meet the customers again.",
        ),
        P::MeetOpen => Forms::one_other("{n} open action", "{n} open actions"),
    }
}
