//! The interface in Italian: a text for every key, in an exhaustive match
//! (a key left out does not compile, and the error names it).

use super::{Forms, K, P};

pub(super) const fn text(key: K) -> &'static str {
    match key {
        K::AppName => "Servicebook",
        K::SkipToContent => "Vai al contenuto",
        K::NavLabel => "Sezioni",
        K::Menu => "Menu",
        K::NavHome => "Home",
        K::NavSelfTest => "Autovalutazione",
        K::NavShare => "Condivisione e backup",
        K::Language => "Lingua",
        K::LanguageNotLoaded => {
            "Non è stato possibile caricare questa lingua. Controlla la connessione e \
            riprova."
        }
        K::NotFoundTitle => "Pagina non trovata",
        K::PageLoading => "Caricamento…",
        K::PageLoadFailed => {
            "Non è stato possibile aprire questa pagina. Controlla la connessione e \
            riprova. Quello che hai salvato non è andato perso."
        }
        K::TryAgain => "Riprova",

        // Saving
        K::SaveNever => {
            "Non ancora salvato: le modifiche vengono salvate in questo browser \
            mentre lavori."
        }
        K::SavePending => "Salvataggio…",
        K::SavedAt => "Salvato in questo browser: {time}",
        K::SaveFailedShort => "Non salvato: vedi il messaggio in alto.",
        K::SaveFailed => {
            "Le ultime modifiche non sono state salvate in questo browser. Sono \
            ancora in questa finestra: esportale per conservarne una copia."
        }
        K::QuotaFull => {
            "Lo spazio di questo browser è pieno: le ultime modifiche non sono state \
            salvate. Tutto ciò che era già salvato è al sicuro e le modifiche restano in questa \
            finestra: esporta ora la cartella per conservarle."
        }
        K::ReadOnly => {
            "Il salvataggio è sospeso per non sovrascrivere dati che non è stato possibile \
            leggere. Esporta il tuo lavoro, poi vai a Condivisione e backup."
        }
        K::NoStorage => {
            "Questo browser non permette a Servicebook di salvare (archiviazione \
            disattivata o navigazione privata). Il lavoro resta solo in questa finestra: \
            esportalo prima di chiuderla."
        }
        K::NoStorageShort => "Non salvato in questo browser",
        K::ExportNow => "Esporta ora",
        K::Dismiss => "Chiudi",
        K::BackupDue => {
            "L'ultima copia di sicurezza risale a {days} giorni fa. Esportane subito \
            una nuova, così il tuo lavoro non va perso se il browser cancella i dati."
        }
        K::BackupDueNever => {
            "Questa cartella non è mai stata esportata da questo browser. \
            Esporta ora una copia di sicurezza, così il tuo lavoro non va perso se il browser \
            cancella i dati."
        }
        K::RemindLater => "Ricordamelo più tardi",
        K::DurabilityTitle => "La tua cartella al sicuro",
        K::PersistGranted => {
            "Questo browser conserva la tua cartella anche quando è a corto di \
            spazio."
        }
        K::PersistNotGranted => {
            "Questo browser potrebbe cancellare la tua cartella se resta a \
            corto di spazio o se non apri Servicebook per un po' (Safari: dopo 7 giorni); esporta \
            regolarmente una copia di sicurezza."
        }
        K::ReminderLabel => "Ricordami di esportare una copia",
        K::ReminderEvery => "Ogni {days} giorni",
        K::ReminderOff => "Mai",
        K::StorageCleared => {
            "Lo spazio di archiviazione di questo browser è vuoto, ma qui c'era \
            una cartella (ultimo salvataggio: {date}). L'ha cancellata il browser, un programma \
            di pulizia o qualcuno che usa questo computer. Per continuare, importa la tua copia \
            di sicurezza più recente."
        }
        K::StorageClearedExported => "Ultima esportazione da questo browser: {date}.",
        K::StorageClearedNever => {
            "La cartella non è mai stata esportata da questo browser: se un \
            collega ne ha una copia, importa la sua."
        }
        K::ImportBackup => "Importa una copia",
        K::StartAfresh => "Ricomincia da zero",
        K::WitnessLimits => {
            "Se questo browser cancella la cartella, Servicebook se ne accorge \
            alla visita successiva e te lo segnala, grazie a un piccolo cookie che non contiene \
            dati personali. Non può accorgersene se vengono cancellati anche i cookie (in Safari \
            dopo 7 giorni senza visite, con “Cancella dati di navigazione”, in una finestra \
            anonima o in incognito): in quel caso la cartella si può recuperare solo da un file \
            esportato."
        }
        K::AutoBackupTitle => "Copia automatica su file",
        K::AutoBackupText => {
            "Servicebook può tenere aggiornata una copia su un file di questo \
            computer: scegli una sola volta dove salvarla e Servicebook la riscriverà pochi \
            secondi dopo ogni modifica. Se salvi il file in uno spazio sincronizzato (OneDrive, \
            Dropbox, iCloud Drive), avrai la copia anche fuori da questo computer."
        }
        K::AutoBackupChoose => "Scegli il file di copia…",
        K::AutoBackupOn => "Ogni modifica viene salvata in {name}.",
        K::AutoBackupOnAt => "Ogni modifica viene salvata in {name} (ultimo salvataggio: {time}).",
        K::AutoBackupPaused => {
            "Il file di copia {name} è in pausa: a ogni visita questo browser \
            ti chiede di nuovo il permesso di aggiornarlo."
        }
        K::AutoBackupResume => "Consenti e salva ora",
        K::AutoBackupStop => "Disattiva",
        K::AutoBackupFailed => {
            "Servicebook non è riuscito a salvare la copia in {name} ({why}). \
            Scegli di nuovo il file: la tua cartella resta comunque in questo browser."
        }
        K::AutoBackupUnsupported => {
            "Questo browser non può tenere aggiornato da solo un file di \
            copia (Chrome ed Edge per computer sì): usa il promemoria qui sopra per non \
            dimenticarti di esportare."
        }
        K::GoToRecovery => {
            "Ciò che non è stato possibile leggere è stato messo da parte: scaricalo o eliminalo \
            in Condivisione e backup."
        }
        K::ProblemManifest => {
            "La cartella salvata non è leggibile (forse danneggiata o \
            modificata a mano). È stata messa da parte senza modifiche e Servicebook è partito \
            con una cartella vuota."
        }
        K::ProblemNewer => {
            "La cartella salvata è stata scritta da una versione più recente di \
            Servicebook (schema {version}). È stata messa da parte senza modifiche: aprila con la \
            versione più recente o esportala da lì."
        }
        K::ProblemCannotKeep => {
            "Lo spazio è troppo pieno per mettere da parte i dati \
            illeggibili: il salvataggio è sospeso per proteggerli."
        }
        K::MergedFromOtherTab => {
            "Le modifiche salvate in un'altra scheda sono state unite a \
            questa."
        }

        // Home
        K::HomeTitle => "Il tuo piano di servizio clienti",
        K::HomeLead => {
            "Scopri a che punto è il tuo servizio, ascolta i tuoi clienti e metti per \
            iscritto come la tua attività li serve. Tutto resta in questo browser."
        }
        K::FirstVisitTitle => "Prima volta qui?",
        K::FirstVisitText => {
            "Inizia dall'autovalutazione per scoprire a che punto è oggi il tuo \
            servizio clienti, oppure apri la cartella di esempio di un piccolo negozio e guarda \
            tutte le schermate già compilate. Potrai cancellare l'esempio con un solo clic."
        }
        K::NextStepsTitle => "Prossimi passi",
        K::NextStepsNone => "Non c'è niente in sospeso: il tuo piano è aggiornato.",
        K::StepReviewDue => "Rivedi il piano del servizio (revisione prevista: {date})",
        K::StepBackupNever => "Salva una copia di sicurezza della tua cartella: non ne hai ancora salvata nessuna",
        K::StepFinishSelfTest => "Completa l'autovalutazione: hai risposto a {n} affermazioni su {total}",
        K::StepTakeSelfTest => "Fai l'autovalutazione per capire a che punto è il tuo servizio: 25 affermazioni, circa dieci minuti",
        K::StepWeakArea => "Nell'autovalutazione hai un punteggio basso in «{area}» ({score} su 5): lavora su {points}",
        K::StepLogComplaints => "Registra i reclami, partendo dall'ultimo che ricordi",
        K::StepChooseTopThree => "Scegli i tre problemi da risolvere per primi",
        K::StepDraftVision => "Scrivi la visione del tuo servizio nel laboratorio",
        K::StepSetGoals => "Fissa obiettivi misurabili per la tua visione",
        K::StepAdoptPoints => "Scrivi e adotta i sette punti della politica ({n} su 7 adottati)",
        K::StepRetakeSelfTest => "Rifai l'autovalutazione e vedi cosa è cambiato dall'ultima volta ({date})",
        K::ResultsNextTitle => "Su cosa lavorare",
        K::ResultsNextLead => "Le tue due aree più deboli e i punti della politica che le riguardano:",
        K::OpenExample => "Apri l'esempio",
        K::ExampleFailed => {
            "Non è stato possibile aprire l'esempio. Controlla la connessione \
            e riprova; i tuoi dati sono rimasti invariati."
        }
        K::OpeningExample => "Apertura dell'esempio…",
        K::ExampleOpened => {
            "La cartella di esempio è aperta. Quando vuoi iniziare la tua, \
            cancellala dalla Home."
        }
        K::ExampleNote => "Stai guardando la cartella di esempio di un piccolo negozio.",
        K::ClearExample => "Cancella l'esempio e crea la mia cartella",
        K::Cleared => {
            "La cartella è stata svuotata. Se è stato un errore, puoi annullare da Condivisione e \
            backup."
        }
        K::YourWorkbook => "La tua cartella",
        K::BusinessName => "Nome dell'attività",
        K::Currency => "Valuta",
        K::CurrencyNone => "Nessuna (senza simbolo)",
        K::CurrencyHint => "Risarcimenti e ogni altro importo vengono mostrati in questa valuta.",
        K::ExportedAt => "Ultima esportazione: {time}",
        K::NeverExported => "Mai esportata da questo browser",
        K::ShareAndBackup => "Condividi con un collega o conserva una copia",
        K::NotTakenYet => {
            "Non ancora fatta. Richiede circa dieci minuti: 25 affermazioni in \
            sette aree."
        }
        K::InProgress => "Un'autovalutazione è in corso: {n} risposte su {total}.",
        K::TakenOn => "Completata: {date}",
        K::SeeResults => "Vedi i risultati",
        K::StartSelfTest => "Inizia l'autovalutazione",
        K::ResumeSelfTest => "Riprendi l'autovalutazione",
        K::RetakeSelfTest => "Rifalla",

        // Self-test
        K::SelfTestTitle => "Autovalutazione del servizio clienti",
        K::SelfTestIntro => {
            "Scopri il tuo “quoziente del servizio clienti”: valuta la tua \
            azienda su ciascuna di 25 affermazioni, adattate dall'autotest del servizio clienti \
            di Forum Corporation. Il punteggio di ogni area è la media delle sue valutazioni; le \
            sette aree sommate danno un totale tra 7 e 35."
        }
        K::SelfTestScale => {
            "1 significa per niente, 5 significa sempre. Le risposte vengono \
            salvate man mano: puoi interrompere e riprendere più tardi."
        }
        K::RatingKeys => {
            "Con la tastiera: Tab passa da un'affermazione all'altra; scegli il voto con i \
            tasti da 1 a 5 o con le frecce."
        }
        K::Answered => "{n} di {total} risposte",
        K::Areas => "Aree",
        K::AreaOf => "Area {n} di {total}",
        K::AreaComplete => "(completata)",
        K::AreaIncomplete => "(da completare)",
        K::Rating1 => "Per niente",
        K::Rating2 => "Raramente",
        K::Rating3 => "A volte",
        K::Rating4 => "Spesso",
        K::Rating5 => "Sempre",
        K::Previous => "Area precedente",
        K::NextArea => "Area successiva",
        K::SeeMyScore => "Vedi il mio punteggio",
        K::AnswerAllFirst => {
            "Rispondi a tutte le affermazioni per vedere il punteggio; le aree \
            completate hanno una ✓ nell'elenco in alto."
        }
        K::ResultsTitle => "Il tuo quoziente del servizio clienti",
        K::BandAsset => "Il servizio clienti è una risorsa",
        K::BandAssetText => {
            "28 e oltre: il tuo servizio è reattivo e su misura per le esigenze dei clienti. \
            Concentrati sui pochi aspetti ancora da migliorare."
        }
        K::BandGood => "Buono, ma da migliorare nel complesso",
        K::BandGoodText => {
            "Da 21 a 27: il tuo servizio clienti è buono, ma va migliorato nel complesso."
        }
        K::BandLosing => "Probabile perdita di clienti",
        K::BandLosingText => {
            "20 o meno: è probabile che tu perda clienti a causa di un servizio \
            clienti scadente."
        }
        K::BandRule => {
            "Un totale tra due fasce conta nella fascia inferiore finché non raggiunge \
            la soglia successiva: 27,75 è “buono”, 20,67 è “probabile perdita di clienti”."
        }
        K::RadarLabel => {
            "Grafico radar dei punteggi delle sette aree, da 1 al centro a 5 sul \
            bordo; assi numerati come le aree."
        }
        K::AreasWeakestFirst => "Aree, dalla più debole",
        K::Area => "Area",
        K::Score => "Punteggio",
        K::Bar => "Barra del punteggio",
        K::Note => "Nota",
        K::History => "Storico e confronto",
        K::NoHistory => "Nessuna autovalutazione completata.",
        K::Trend => "Totale nel tempo",
        K::TrendLabel => {
            "Grafico a linee del totale di ogni autovalutazione nel tempo, da 7 a \
            35, con linee a 21 e 28."
        }
        K::AllTakings => "Tutte le autovalutazioni completate",
        K::Date => "Data",
        K::Total => "Totale",
        K::Band => "Fascia",
        K::Compare => "Confronta due risultati",
        K::CompareA => "Risultato A",
        K::CompareB => "Risultato B",
        K::CompareNeedsTwo => "Scegli due risultati da confrontare.",

        // Share
        K::ShareTitle => "Condivisione e backup",
        K::ShareLead => {
            "La tua cartella si trova solo in questo browser. Esportala per conservarne una copia \
            o inviarla a un collega via e-mail o chat; importa il file di un collega per unire il \
            suo lavoro al tuo."
        }
        K::ExportTitle => "Esporta",
        K::ExportText => "Scarica l'intera cartella come file .json con la data di oggi nel nome.",
        K::ExportPersonal => {
            "Il file contiene tutto ciò che è nella cartella, compresi i dati \
            personali dei clienti: condividilo solo con chi può vederli."
        }
        K::ExportButton => "Scarica la cartella (.json)",
        K::ExportAnonymisedText => {
            "Per condividere senza dati personali: questo file esclude \
            nomi, indirizzi, telefoni ed e-mail dei clienti; tutto il resto è incluso."
        }
        K::ExportAnonymisedButton => "Scarica senza dati personali (.json)",
        K::ImportTitle => "Importa",
        K::ImportText => {
            "Scegli un file di Servicebook o trascinalo in un punto qualsiasi della pagina. Prima \
            che cambi qualcosa, vedrai cosa contiene e cosa cambierebbe."
        }
        K::ImportPick => "Scegli un file…",
        K::ImportCsvElsewhere => "Hai i reclami in un foglio di calcolo (CSV)?",
        K::ImportCsvLink => "Importali nel registro dei reclami",
        K::UndoImport => "Annulla l'ultima importazione",
        K::ImportRefused => {
            "“{name}” non è stato importato: {reason} La tua cartella non è \
            cambiata."
        }
        K::ImportedMerged => {
            "Il file è stato unito alla tua cartella: {new}, {updated}. Puoi annullare da \
            Condivisione e backup."
        }
        K::ImportedReplaced => {
            "La tua cartella è stata sostituita dal file. Puoi annullare da Condivisione e backup."
        }
        K::ImportUndone => "L'ultima importazione è stata annullata.",
        K::FileEmpty => "il file è vuoto.",
        K::FileUnreadable => {
            "il browser non è riuscito a leggere il file (forse è stato spostato \
            o non è un file di testo)."
        }
        K::FileTooLarge => "il file è troppo grande per essere una cartella di Servicebook.",
        K::FileNotJson => {
            "non è un file JSON (il testo si interrompe alla riga {line}, colonna \
            {column})."
        }
        K::FileNotServicebook => "è un file JSON, ma non di Servicebook.",
        K::FileNoVersion => "non indica quale versione di Servicebook l'ha scritto.",
        K::FileNewer => {
            "è stato scritto da una versione più recente di Servicebook (versione del file \
            {found}; questa legge fino alla versione {supported}). Aggiorna Servicebook o chiedi \
            un file della stessa versione."
        }
        K::FileBadField => "il campo “{path}” non è valido ({detail}).",
        K::FileInvalid => "il contenuto non è coerente ({detail}).",
        K::PreviewTitle => "Prima di importare “{name}”",
        K::PreviewExported => "Esportato da Servicebook {version}: {time}.",
        K::PreviewBusiness => "Attività: {name}",
        K::PreviewHolds => "Autovalutazioni completate: {n}",
        K::PreviewMergeTitle => "Unisci alla mia cartella",
        K::PreviewMerge => {
            "Conserva tutto ciò che hai, aggiunge le novità del file e, dove il file è più \
            recente, prende la sua versione."
        }
        K::PreviewReplaceTitle => "Sostituisci la mia cartella",
        K::MergeButton => "Unisci",
        K::ReplaceButton => "Sostituisci",
        K::Cancel => "Annulla",
        K::StorageTitle => "Spazio in questo browser",
        K::StorageUse => {
            "Spazio occupato in questo browser per questo sito: {share} ({used} di {quota} \
            caratteri); la cartella, compressa, ne occupa {workbook}."
        }
        K::MoveToTrash => "Sposta questo risultato nel cestino",
        K::DiscardTest => "Scarta questa autovalutazione incompleta (va nel cestino)",
        K::StorageWarnShort => {
            "Spazio di questo browser occupato dalla cartella: {share}. Esportala ora, così non \
            perdi nulla."
        }
        K::TrashTitle => "Cestino",
        K::TrashEmpty => "Il cestino è vuoto.",
        K::DeletedOn => "eliminazione: {date}",
        K::Restore => "Ripristina",
        K::EmptyTrashNote => {
            "Svuotare il cestino elimina definitivamente questi record, con gli \
            eventuali dati personali dei clienti. Le copie dei colleghi li conservano finché non \
            svuotano il proprio cestino."
        }
        K::EmptyTrashNoteSynced => {
            "Svuotare il cestino elimina definitivamente questi record, con gli eventuali dati \
            personali dei clienti, qui e su tutti i dispositivi sincronizzati con il tuo server. \
            I file esportati conservano le loro copie."
        }
        K::EmptyTrashConfirm => "Sì, eliminali definitivamente",
        K::EmptyTrash => "Svuota il cestino",
        K::SyncTitle => "Sincronizza con un server",
        K::SyncExplain => "Ogni collega ha l'intera cartella sul proprio dispositivo e può lavorare anche offline: le modifiche vengono inviate e ricevute appena c'è connessione.",
        K::SyncUrl => "Indirizzo del database",
        K::SyncUrlHint => "Per esempio https://couch.example.com/negozio",
        K::SyncUser => "Nome utente",
        K::SyncPassword => "Password",
        K::SyncConnect => "Connetti",
        K::SyncDisconnect => "Disconnetti",
        K::SyncDisconnectNote => "Se ti disconnetti, tutto resta su questo dispositivo.",
        K::SyncConnectedTo => "Connesso a {url} come {user}.",
        K::SyncLogIn => "Accedi",
        K::SyncOff => "La sincronizzazione è disattivata.",
        K::SyncConnecting => "Connessione…",
        K::SyncSynced => "Ultima sincronizzazione: {time}.",
        K::SyncLoginNeeded => "Accedi di nuovo: la sessione è scaduta. Le tue modifiche restano su questo dispositivo e verranno inviate appena accedi.",
        K::SyncRefused => "Sincronizzazione interrotta: {why}.",
        K::SyncWhyNoDatabase => "questo database non esiste",
        K::SyncWhyForbidden => "l'utente non ha accesso a questo database",
        K::SyncWhyUnexpected => "il server ha risposto in modo inatteso",
        K::SyncShortSynced => "Sincronizzato",
        K::SyncShortOffline => "Offline",
        K::SyncShortLogin => "Accedi",
        K::SyncShortRefused => "Sincronizzazione ferma",
        K::SyncBadUrl => "Inserisci l'indirizzo completo del database: inizia con https:// e finisce con il nome del database.",
        K::SyncWrongPassword => "Nome utente o password errati.",
        K::SyncLockedOut => "Dopo troppe password sbagliate il server ha bloccato questo utente per qualche minuto. Aspetta un po' e riprova.",
        K::SyncUnreachable => "Il server non risponde. Controlla l'indirizzo e la connessione. Il server deve anche consentire l'accesso dall'indirizzo di questa app (CORS).",
        K::SyncFillAll => "Inserisci il nome utente e la password.",
        K::SyncNoDatabase => "Su questo server non esiste un database con questo nome.",
        K::SyncForbiddenUser => "Questo utente non ha accesso al database: chiedi a chi gestisce il server di aggiungerlo tra i membri.",
        K::SyncUnexpectedAnswer => "Il server ha risposto in modo inatteso: controlla l'indirizzo.",
        K::SyncPasswordNeeded => "Inserisci la password.",
        K::SyncRefusedTitle => "Documenti del server non importati",
        K::SyncRefusedNote => "Questi documenti presenti sul server sono stati lasciati da parte: su questo dispositivo non è cambiato nulla.",
        K::SyncDocNotOurs => "non è un record di Servicebook",
        K::SyncDocMalformed => "non è leggibile",
        K::SyncDocNewer => "viene da una versione più recente di Servicebook",
        K::SyncDocInvalid => "contiene un valore non valido",
        K::SyncDocServerRefused => "il server non ha accettato la versione di questo dispositivo",
        K::RecoveryTitle => "Dati non leggibili",
        K::RecoveryDownload => "Scarica come file di Servicebook",
        K::RecoveryDiscard => "Eliminali",

        // Listen: the complaint log
        K::NavListen => "Ascolto",
        K::NavDraft => "Stesura",
        K::LogTitle => "Registro dei reclami",
        K::LogLead => {
            "Registra ogni reclamo e commento in modo sistematico: se ascolti \
            attentamente, i tuoi clienti ti diranno di cosa hanno bisogno."
        }
        K::NewComplaint => "Nuovo reclamo",
        K::ComplaintTitle => "Reclamo",
        K::ExportCsv => "Esporta l'elenco in CSV",
        K::CsvSeparator => "Separatore",
        K::CsvSepSemicolon => "Punto e virgola (;)",
        K::CsvSepComma => "Virgola (,)",
        K::CsvSepTab => "Tabulazione",
        K::CsvImport => "Importa da un foglio di calcolo (CSV)",
        K::CsvImportLead => "Scegli un file CSV salvato da Excel, LibreOffice o Fogli Google, con un reclamo per riga. Il registro non cambia finché non confermi.",
        K::CsvChooseFile => "Scegli un file CSV",
        K::CsvTooBig => "Il file supera i 5 MB. Salvane una parte più piccola e riprova.",
        K::CsvEmpty => "Il file non contiene righe da leggere.",
        K::CsvUnreadable => "Non è stato possibile leggere il file.",
        K::CsvMappingTitle => "1. Abbina le colonne",
        K::CsvMappingLead => "Ogni colonna è stata abbinata in base all'intestazione. Controlla gli abbinamenti e scegli «Ignora» per le colonne che non ti servono. Servono la data di ricezione e la natura del reclamo.",
        K::CsvColumn => "Colonna del tuo file",
        K::CsvFirstValue => "Primo valore",
        K::CsvGoesInto => "Campo del registro",
        K::CsvIgnore => "Ignora",
        K::CsvCheckRows => "Controlla le righe",
        K::CsvNeedsRequired => "Scegli una colonna per la data di ricezione e una per la natura del reclamo.",
        K::CsvPreviewTitle => "2. Controlla le righe",
        K::CsvDayFirst => "Le date come 03/04/2026 sono lette come giorno/mese/anno (3 aprile 2026).",
        K::CsvMonthFirst => "Le date come 03/04/2026 sono lette come mese/giorno/anno (4 marzo 2026), perché così sono scritte le altre date del file.",
        K::CsvCutRows => "Vengono lette solo le prime 5.000 righe: importa le altre con un secondo file.",
        K::CsvCutCells => "Le colonne dopo la 64ª e il testo oltre i 20.000 caratteri in una cella sono stati tralasciati.",
        K::CsvLine => "Riga",
        K::CsvOutcome => "Cosa succede",
        K::CsvWillImport => "Sarà importata",
        K::CsvWillSkip => "Saltata",
        K::CsvProblemMissing => "Campo «{field}» vuoto: riga saltata",
        K::CsvProblemDateSkip => "«{field}»: data non leggibile, riga saltata",
        K::CsvProblemDateEmpty => "«{field}»: data non leggibile, lasciata vuota",
        K::CsvProblemBefore => "«{field}» è prima della data di ricezione: lasciata vuota",
        K::CsvProblemTooLong => "«{field}» supera i 10.000 caratteri: il testo in più viene tagliato",
        K::CsvProblemAmount => "Importo non leggibile: lasciato vuoto",
        K::CsvProblemEmail => "Indirizzo e-mail senza @: lasciato vuoto",
        K::CsvProblemUnknown => "«{field}»: valore non riconosciuto, impostato su «{default}»",
        K::CsvProblemDuplicate => "Già nel registro: saltata",
        K::CsvProblemRepeated => "Uguale a una riga precedente: saltata",
        K::CsvBackToColumns => "Torna alle colonne",
        K::CsvNothingToImport => "Non c'è nessuna riga da importare.",
        K::Search => "Cerca",
        K::All => "Tutti",
        K::Status => "Stato",
        K::Category => "Categoria",
        K::Channel => "Canale",
        K::From => "Dal",
        K::Until => "Al",
        K::FollowUp => "Ricontatto",
        K::Overdue => "In ritardo",
        K::DueToday => "In scadenza oggi",
        K::SortBy => "Ordina per",
        K::SortNewest => "Più recenti",
        K::SortOldest => "Meno recenti",
        K::SortFollowUp => "Prossimo ricontatto",
        K::ShowMore => "Mostra altri",
        K::NoComplaints => "Nessun reclamo registrato.",
        K::StatusOpen => "Aperto",
        K::StatusInProgress => "In corso",
        K::StatusResolved => "Risolto",
        K::StatusFollowedUp => "Ricontattato",
        K::ChannelPhone => "Telefono",
        K::ChannelEmail => "E-mail",
        K::ChannelWeb => "Sito web",
        K::ChannelSocial => "Social network",
        K::ChannelInPerson => "Di persona",
        K::AnswerUnknown => "Non si sa",
        K::AnswerYes => "Sì",
        K::AnswerNo => "No",
        K::Figures => "Dati",
        K::ComplaintsTotal => "Reclami",
        K::StillOpen => "Aperti o in corso",
        K::MedianResolve => "Tempo mediano di risoluzione",
        K::Hours => "{n} h",
        K::SatisfiedShare => "Soddisfatti della gestione",
        K::BoughtAgainShare => "Hanno acquistato di nuovo",
        K::FollowUpsOverdue => "Ricontatti in ritardo",
        K::CompensationPaid => "Risarcimenti concessi",
        K::EstimateTitle => "I reclami che non senti",
        K::EstimateSource => {
            "Una stima basata su regole empiriche diffuse, non una misura: per ogni cliente che si \
            lamenta, circa 26 restano in silenzio; il 91% dei clienti scontenti se ne va senza \
            lamentarsi; e un cliente scontento ne parla con 9–15 persone."
        }
        K::ByCategory => "Reclami per categoria",
        K::ParetoLabel => {
            "Grafico a barre dei reclami per categoria, dai più frequenti: ogni barra è la \
            quota della categoria su tutti i reclami, e la linea somma le quote fino al 100%."
        }
        K::ParetoOwnShare => "Quota sul totale dei reclami",
        K::ParetoCumulative => "Quota cumulata",
        K::ParetoBarTitle => {
            "{name}: {n} ({share} del totale dei reclami); {cumulative} insieme alle categorie \
            precedenti"
        }
        K::EditCategories => "Modifica le categorie",
        K::CategoriesHelp => {
            "Una categoria per riga. Rendile precise e concrete: “l'articolo è arrivato rotto”, \
            non “non ero soddisfatto”."
        }
        K::RequiredNote => {
            "I campi con * sono obbligatori. Tutto il resto si può completare \
            dopo."
        }
        K::TheComplaint => "Il reclamo",
        K::Received => "Ricevuto",
        K::TakenBy => "Ricevuto da (dipendente)",
        K::Nature => "Natura del reclamo",
        K::Customer => "Cliente",
        K::PersonalDataNote => {
            "Dati personali: restano su questo dispositivo a meno che tu non \
            esporti la cartella."
        }
        K::CustomerName => "Nome",
        K::Phone => "Telefono",
        K::Email => "E-mail",
        K::Address => "Indirizzo",
        K::ErasePersonal => "Cancella i dati personali del cliente",
        K::ErasedNote => {
            "I dati personali del cliente sono stati cancellati; il reclamo resta, \
            in forma anonima."
        }
        K::Erased => "(cancellato)",
        K::EraseLead => {
            "In questi record compare lo stesso cliente. Togli la spunta a quelli che \
            riguardano un'altra persona, poi cancella."
        }
        K::EraseThisComplaint => "Questo reclamo",
        K::EraseThisMeetingNote => "Questa nota di incontro",
        K::EraseOtherComplaint => "Reclamo",
        K::EraseMeetingNote => "Nota di incontro",
        K::EraseByName => "stesso nome",
        K::EraseByPhone => "stesso numero di telefono",
        K::EraseByEmail => "stessa e-mail",
        K::EraseInTrash => "nel cestino",
        K::Handling => "Gestione",
        K::OnTheSpot => "Risolto sul posto",
        K::PromisedFor => "Altrimenti, data promessa",
        K::Resolved => "Data di risoluzione",
        K::Solution => "Soluzione concordata",
        K::StepsNow => "Azioni già avviate",
        K::Outcome => "Risarcimento ed esito",
        K::Compensation => "Risarcimento concesso (tipo)",
        K::Amount => "Importo",
        K::Satisfied => "Soddisfatto della gestione?",
        K::BoughtAgain => "Ha acquistato di nuovo?",
        K::Prevention => "Come evitare il problema in futuro",
        K::SaveComplaint => "Salva il reclamo",
        K::Print => "Stampa",
        K::MoveToTrashShort => "Sposta nel cestino",
        K::ComplaintSaved => "Il reclamo è stato salvato.",
        K::ComplaintTrashed => "Il reclamo è stato spostato nel cestino.",
        K::Undo => "Annulla",
        K::InvalidNoNature => "Descrivi la natura del reclamo.",
        K::InvalidResolvedBefore => "La risoluzione non può precedere la ricezione del reclamo.",
        K::InvalidFollowUpBefore => "Il ricontatto non può precedere la ricezione del reclamo.",
        K::InvalidAmount => "L'importo del risarcimento deve essere un numero positivo.",
        K::InvalidEmail => "L'indirizzo e-mail deve contenere una @.",

        // Records of each part, and shared words
        K::PartSelfTests => "Autovalutazioni",
        K::PartComplaints => "Reclami",
        K::PartSurveys => "Sondaggi e focus group",
        K::PartOperations => "Dati operativi (mesi)",
        K::PartSuppliers => "Dati dei fornitori (mesi)",
        K::PartProblems => "Problemi in lista",
        K::PreviewColPart => "Cosa",
        K::PreviewColFile => "Nel file",
        K::PreviewColNew => "Nuovi",
        K::PreviewColUpdated => "Aggiornati dal file",
        K::PreviewColKept => "Invariati",
        K::PreviewNoRecords => "Il file non contiene record.",
        K::ComplaintEditInTrash => {
            "Questo reclamo è stato spostato nel cestino da un'altra \
            finestra, quindi non è stato salvato nel registro. Le tue modifiche restano con il \
            reclamo, nel cestino."
        }
        K::RecordEditInTrash => {
            "Questo elemento è stato spostato nel cestino da un'altra \
            finestra: le tue modifiche restano con l'elemento, nel cestino."
        }
        K::RestoreWithChanges => "Ripristina con le mie modifiche",
        K::ComplaintEditRecreated => {
            "Questo reclamo era stato eliminato definitivamente da \
            un'altra finestra: la tua versione è stata salvata come nuovo reclamo."
        }
        K::RecordEditRecreated => {
            "Questo elemento era stato eliminato definitivamente da \
            un'altra finestra: la tua versione è stata salvata come nuovo elemento."
        }
        K::RecordSaved => "Salvato.",
        K::RecordTrashed => "Spostato nel cestino.",
        K::DraftHint => {
            "Ciò che scrivi viene conservato man mano su questo dispositivo. Salva \
            quando hai finito."
        }
        K::DraftKept => {
            "Bozza conservata su questo dispositivo ({time}). Resta nell'elenco \
            finché non la salvi o la scarti."
        }
        K::DraftEditKept => {
            "Modifiche non salvate conservate su questo dispositivo ({time}). \
            Salvale, oppure scartale per lasciare tutto com'era."
        }
        K::DraftNotKept => {
            "Non è stato possibile conservare su questo dispositivo ciò che hai \
            scritto (spazio di archiviazione pieno o disattivato). Salva ora, altrimenti lo \
            perderai uscendo da questa pagina."
        }
        K::BackToList => "Torna all'elenco",
        K::DiscardDraft => "Scarta la bozza",
        K::DiscardChanges => "Scarta le modifiche",
        K::DraftNew => "nuova, non ancora salvata · {time}",
        K::DraftEdit => "modifiche non salvate · {time}",
        K::DraftEditTrashed => "modifiche non salvate (elemento nel cestino) · {time}",
        K::DraftUntitled => "Bozza senza titolo",
        K::DraftsTitle => "Bozze",
        K::DraftsSetAside => {
            "Una bozza non era leggibile ed è stata messa da parte su questo \
            dispositivo; tutto il resto è invariato."
        }
        K::DraftDiscarded => "Bozza scartata.",
        K::Save => "Salva",
        K::Add => "Aggiungi",
        K::Merge => "Unisci",
        K::Month => "Mese",
        K::Minutes => "min",
        K::Seconds => "s",
        K::ChangeUp => "▲ {amount} rispetto a {month}",
        K::ChangeDown => "▼ {amount} rispetto a {month}",
        K::ChangeSame => "invariato rispetto a {month}",

        // Listen: tabs
        K::TabComplaints => "Registro reclami",
        K::TabSurveys => "Sondaggi",
        K::TabFigures => "Dati",
        K::TabProblems => "Problemi principali",

        // Listen: surveys and focus groups
        K::SurveysTitle => "Sondaggi e focus group",
        K::SurveysLead => {
            "Raccogli informazioni utili, non complimenti: fai domande aperte che \
            portano un feedback specifico, domande obiettive che non spingono verso risposte \
            favorevoli, e chiedi spesso, per sapere di cosa hanno bisogno i clienti oggi. I focus \
            group con i dipendenti ti dicono quali problemi dei clienti incontrano più spesso."
        }
        K::NewSurvey => "Nuovo sondaggio o focus group",
        K::SurveyTitle => "Sondaggio o focus group",
        K::NoSurveys => {
            "Ancora nessun sondaggio o focus group. Registra cosa hai chiesto e cosa \
            hai imparato, così i problemi principali potranno tenerne conto."
        }
        K::SurveyWhat => "Cosa e quando",
        K::SurveyKind => "Tipo",
        K::KindSurvey => "Sondaggio",
        K::KindFocusGroup => "Focus group",
        K::Audience => "Con",
        K::AudienceCustomers => "Clienti",
        K::AudienceEmployees => "Dipendenti",
        K::Participants => "Partecipanti",
        K::SurveyName => "Nome",
        K::SurveyNameExample => "es. Sondaggio online dopo la consegna",
        K::QuestionsAsked => "Domande aperte poste",
        K::QuestionsHint => {
            "Le valutazioni contano meno dei motivi: chiedi cosa è successo e \
            perché, per esempio “Cosa ti ha quasi fatto rinunciare all'acquisto?”"
        }
        K::QuestionsOnePerLine => "Una domanda per riga",
        K::ClosedQuestions => {
            "Queste sembrano domande sì/no o di valutazione, che dicono poco su \
            cosa cambiare. Prova a chiedere cosa è successo, o perché:"
        }
        K::Learned => "Cosa abbiamo imparato",
        K::InvalidNoTitle => "Dagli un nome.",
        K::InvalidNothingLearned => "Scrivi cosa hai imparato.",

        // Listen: figures over time
        K::FiguresTitle => "Dati nel tempo",
        K::FiguresLead => {
            "I tuoi dati operativi e quelli che ti comunicano fornitori e partner di servizio, \
            mese per mese, così ogni cambiamento si vede. Qui ogni dato è migliore quando scende."
        }
        K::OperationsTitle => "Dati operativi",
        K::OperationsLead => {
            "Il numero di resi e il tasso di reso mostrano quanto i clienti sono soddisfatti dei \
            prodotti; ordini arretrati o articoli esauriti lasciano i clienti scontenti; un alto \
            tasso di scarto interno significa che probabilmente i clienti ricevono prodotti \
            scadenti."
        }
        K::SuppliersTitle => "Fornitori e partner di servizio",
        K::SuppliersLead => {
            "Chiedi all'amministratore del sito di classificare il feedback, al corriere quante \
            volte deve rispedire gli ordini rifiutati alla prima consegna e al call center di \
            classificare i reclami e di comunicarti il tempo medio di attesa e quante persone \
            riattaccano prima di parlare con un operatore."
        }
        K::AddMonth => "Aggiungi un mese",
        K::NoMonths => "Nessun mese inserito.",
        K::MonthTwice => {
            "Due voci per {months} (da copie unite): conta quella modificata più di \
            recente. Apri il mese e sposta l'altra nel cestino."
        }
        K::Sold => "Articoli venduti",
        K::Returns => "Resi",
        K::ReturnRate => "Tasso di reso",
        K::Backlog => "Ordini in arretrato",
        K::Range => "Articoli in assortimento",
        K::OutOfStock => "Articoli esauriti",
        K::InternalRejects => "Scarti interni",
        K::InternalRejectsHint => {
            "Articoli controllati prima che arrivino ai clienti e, fra questi, quelli scartati: il \
            tasso di scarto interno."
        }
        K::Checked => "Articoli controllati",
        K::Rejected => "Articoli scartati",
        K::RejectRate => "Tasso di scarto interno",
        K::ReturnsAndStock => "Resi, arretrati e scorte",
        K::Website => "Sito web",
        K::WebFeedback => "Feedback dal sito",
        K::WebFeedbackByCategory => "Feedback per categoria",
        K::WebFeedbackIn => "Feedback dal sito per categoria, {month}",
        K::Courier => "Corriere",
        K::Shipments => "Spedizioni",
        K::Redeliveries => "Rispedite dopo un rifiuto alla consegna",
        K::RedeliveryRate => "Quota rispedita",
        K::CallCentre => "Call center",
        K::CallComplaints => "Reclami al call center",
        K::CallComplaintsByCategory => "Reclami e altro feedback per categoria",
        K::CallComplaintsIn => "Reclami al call center per categoria, {month}",
        K::Calls => "Chiamate",
        K::HangUps => "Riattaccano prima di parlare con un operatore",
        K::HangUpRate => "Quota di chiamate abbandonate",
        K::AvgWait => "Tempo medio di attesa",
        K::CategoryLinesHint => "Una categoria per riga, poi due punti e il numero.",
        K::CategoryLinesExample => "Consegna in ritardo: 4\nPagamento non riuscito: 2",
        K::InvalidMonth => "Scegli il mese (anno e mese, come 2026-10).",
        K::MonthTaken => "{month} è già inserito: aprilo dalla tabella per modificarlo.",
        K::InvalidReturns => "I resi non possono superare gli articoli venduti.",
        K::InvalidRejects => "Gli articoli scartati non possono superare quelli controllati.",
        K::InvalidOutOfStock => {
            "Gli articoli esauriti non possono superare quelli in \
            assortimento."
        }
        K::InvalidRedeliveries => {
            "Le spedizioni rifatte non possono superare le spedizioni totali."
        }
        K::InvalidHangUps => "Le chiamate abbandonate non possono superare le chiamate totali.",
        K::InvalidWait => "Scrivi il tempo di attesa in minuti e secondi interi (da 0 a 59).",
        K::InvalidWholeNumber => "{field}: scrivi un numero intero, da 0 in su.",

        // Listen: the top three problems
        K::ProblemsTitle => "I tre problemi principali",
        K::ProblemsLead => {
            "Metti insieme i dati interni e quelli dei fornitori e confrontali con ciò che dicono \
            i clienti. Concentrati su problemi frequenti, che pesano sui risultati e su cui si può \
            intervenire: “l'articolo è arrivato rotto”, non “non ero soddisfatto”. I tre che \
            confermi guidano la tua politica."
        }
        K::HomeComplaints => "Reclami nel registro",
        K::HomeOverdue => "Ricontatti in ritardo",
        K::HomeGoalsMet => "Obiettivi di servizio raggiunti",
        K::HomePointsAdopted => "Punti della politica adottati",
        K::HomeTopNone => {
            "Non ancora scelti: ricavali da ciò che ti dicono clienti, personale e fornitori."
        }
        K::YourTopThree => "I tuoi tre problemi principali",
        K::TopEmpty => {
            "Non ancora scelto: assegna questo posto a un problema della lista ristretta."
        }
        K::TopThreeUse => "La tua politica del servizio clienti parte da questi tre.",
        K::RankTwice => {
            "Due problemi occupano il posto {ranks} (da copie unite): è mostrato \
            quello modificato più di recente. Scegli di nuovo qui sotto."
        }
        K::Shortlist => "Lista ristretta",
        K::ShortlistLead => {
            "Rendi specifico ogni titolo, unisci i problemi che in realtà sono \
            uno solo, poi assegna un posto a tre di essi."
        }
        K::ShortlistEmpty => {
            "La lista è vuota: aggiungi candidati dall'elenco qui sotto, o un \
            tuo problema."
        }
        K::ProblemTitle => "Problema",
        K::DrawnFrom => "Tratto da:",
        K::PlaceInTopThree => "Posto fra i tre principali",
        K::NotInTopThree => "Fuori dai tre principali",
        K::SpecificCheck => "Abbastanza preciso da poterci lavorare",
        K::MergeInto => "Unisci a",
        K::RemoveFromShortlist => "Togli dalla lista",
        K::RankRefusedVague => {
            "Troppo vago per poterci lavorare: di' cosa è andato storto (“l'articolo è arrivato \
            rotto”, non “non ero soddisfatto”), oppure spunta “Abbastanza preciso da poterci \
            lavorare” se lo è."
        }
        K::RankRefusedNoTitle => "Prima dai un titolo al problema.",
        K::AddOwnProblem => {
            "Aggiungi un tuo problema (da un sondaggio, un focus group, una \
            conversazione)"
        }
        K::OwnProblemExample => "es. I clienti non trovano gli orari online",
        K::Candidates => "Candidati dai tuoi dati",
        K::CandidatesLead => {
            "Ordinati per punteggio su 100: quanto è frequente tra i dati da cui proviene (fino a \
            {common}), la sua quota dei risarcimenti pagati (fino a {cost}) e se è abbastanza \
            preciso da poterci lavorare ({actionable})."
        }
        K::DrawnFromTime => "Periodo",
        K::Last3Months => "gli ultimi 3 mesi",
        K::Last12Months => "gli ultimi 12 mesi",
        K::AllTime => "tutto il periodo",
        K::NoCandidates => {
            "Niente da cui partire in questo periodo: prima registra qualche reclamo o inserisci \
            dei dati."
        }
        K::WhyRanks => "Perché è in questa posizione",
        K::FoundIn => "Provenienza",
        K::WhyCost => "{amount} pagati in risarcimenti ({share} di tutti i risarcimenti)",
        K::WhyNoCost => "nessun risarcimento pagato",
        K::WhySpecific => "un problema preciso, che puoi risolvere",
        K::WhyVague => "troppo vago per poterci lavorare",
        K::ScoreOf => "{n} punti su 100",
        K::AddToShortlist => "Aggiungi alla lista",
        K::AddNamedToShortlist => "Aggiungi alla lista: {name}",
        K::ProblemsMergedNotice => "I due problemi sono stati uniti in uno.",
        K::OnShortlist => "Nella lista",
        K::SrcComplaints => "Registro reclami",
        K::SrcWebFeedback => "Feedback dal sito",
        K::SrcCallCentre => "Call center",
        K::SrcReturns => "Resi su articoli venduti",
        K::SrcBacklog => "Arretrati su articoli venduti",
        K::SrcOutOfStock => "Esauriti su articoli in assortimento",
        K::SrcRejects => "Scarti interni su articoli controllati",
        K::SrcRedeliveries => "Corriere: rispediti per spedizione",
        K::SrcHangUps => "Call center: chiamate abbandonate per chiamata",
        K::SrcReturnsTitle => "I prodotti vengono resi",
        K::SrcBacklogTitle => "Gli ordini aspettano troppo per essere evasi",
        K::SrcOutOfStockTitle => "Gli articoli sono esauriti",
        K::SrcRejectsTitle => "Articoli difettosi trovati prima della spedizione",
        K::SrcRedeliveriesTitle => "Le consegne vengono rifiutate e rispedite",
        K::SrcHangUpsTitle => "Chi chiama riattacca prima di parlare con un operatore",

        // Draft: the vision workshop
        K::PartVisions => "Bozze della visione",
        K::PartGoals => "Obiettivi di servizio",
        K::TabVision => "Visione",
        K::TabGoals => "Obiettivi",
        K::VisionTitle => "Dichiarazione di visione",
        K::VisionLead => {
            "La visione è il principio guida che definisce come la tua azienda vuole trattare i \
            clienti: un promemoria quotidiano e un traguardo da raggiungere. Tienila semplice come \
            l'esempio qui sotto. Segui i cinque passi; prepara più bozze e scegline una."
        }
        K::VisionExampleCaption => {
            "La visione di McDonald's: quattro parole che ogni dipendente ricorda."
        }
        K::CurrentVision => "Visione attuale",
        K::NoCurrentVision => "Nessuna visione scelta.",
        K::DraftStarted => "Inizio della bozza: {date}",
        K::NewDraft => "Inizia una nuova bozza",
        K::NoDrafts => "Ancora nessuna bozza.",
        K::Drafts => "Bozze",
        K::DraftColStarted => "Iniziata",
        K::DraftColStatement => "Dichiarazione",
        K::DraftColSteps => "Passi fatti",
        K::ChooseVision => "Scegli come visione attuale",
        K::CurrentBadge => "Attuale",
        K::IsCurrentVision => "Questa è la tua visione attuale.",
        K::CompareDrafts => "Confronta due bozze",
        K::DraftA => "Bozza A",
        K::DraftB => "Bozza B",
        K::Step => "Passo",
        K::WorkshopTitle => "Laboratorio della visione",
        K::WorkshopSteps => "I cinque passi",
        K::StepSuccess => "Immagina il tuo successo",
        K::StepSuccessHelp => {
            "Guarda da tre a cinque anni nel futuro, immagina il successo della \
            tua azienda e descrivilo in cinque punti."
        }
        K::SuccessPoint => "Successo {n}",
        K::StepReasons => "Le ragioni del cliente",
        K::StepReasonsHelp => {
            "Ora elenca le ragioni di quel successo dal punto di vista del \
            cliente."
        }
        K::StepSteps => "I passi compiuti",
        K::StepStepsHelp => {
            "Guardando indietro da quel successo futuro, elenca i passi che hai compiuto per \
            migliorare il servizio clienti."
        }
        K::StepSummary => "Elementi chiave",
        K::StepSummaryHelp => {
            "Sulla base di questi elenchi, riassumi gli elementi chiave della \
            tua visione."
        }
        K::StepStatement => "Dichiarazione di visione",
        K::StepStatementHelp => {
            "Scegli i verbi del tuo riassunto e usali per comporre una dichiarazione di visione \
            concisa."
        }
        K::OnePerLine => "Uno per riga",
        K::PickVerbs => "Parole del tuo riassunto: scegli i verbi",
        K::NoSummaryYet => "Scrivi prima gli elementi chiave al passo 4.",
        K::NoVerbsYet => "Nessun verbo scelto.",
        K::ChosenVerbs => "Verbi scelti: {verbs}",
        K::UnusedVerbs => "Non ancora nella dichiarazione: {verbs}",
        K::VisionExampleHint => "Concisa, come “{example}”",
        K::PreviousStep => "Passo precedente",
        K::NextStep => "Passo successivo",
        K::SavedAsTyped => "Salvato mentre scrivi.",
        K::BackToDrafts => "Tutte le bozze",

        // Draft: service goals
        K::GoalsTitle => "Obiettivi di servizio",
        K::GoalsLead => {
            "Allinea obiettivi misurabili alla tua visione e alle esigenze dei clienti: ciascuno \
            con un traguardo, un'unità e un periodo. Se la cartella contiene i dati, il valore \
            effettivo viene calcolato."
        }
        K::SeedGoalsText => {
            "Quattro obiettivi adatti a quasi ogni attività: un tempo entro cui rispondere a ogni \
            chiamata, una quota di prodotti resi, una quota di clienti soddisfatti di come è stato \
            gestito il loro reclamo e una quota di clienti che, dopo un reclamo, tornano ad \
            acquistare."
        }
        K::AddSeedGoals => "Aggiungi i quattro obiettivi suggeriti",
        K::GoalAnswerTime => "Risposta a ogni chiamata entro",
        K::GoalReturnRate => "Prodotti resi",
        K::GoalSatisfied => "Clienti soddisfatti di come è stato gestito il reclamo",
        K::GoalBoughtAgain => "Clienti che tornano ad acquistare dopo un reclamo",
        K::GoalOwn => "Un tuo obiettivo",
        K::GoalMet => "Raggiunto",
        K::GoalMissed => "Non raggiunto",
        K::GoalUnknown => "Ancora senza dati",
        K::TargetIs => "Traguardo: {sign} {value}",
        K::Target => "Traguardo",
        K::Unit => "Unità",
        K::MetWhen => "Raggiunto quando il valore è",
        K::AtMost => "al massimo il traguardo",
        K::AtLeast => "almeno il traguardo",
        K::Cadence => "Misurato su",
        K::CadenceMonth => "l'ultimo mese",
        K::CadenceQuarter => "gli ultimi tre mesi",
        K::CadenceYear => "l'ultimo anno",
        K::ActualEntered => "Valore effettivo (inserito)",
        K::AddressesProblem => "Affronta il problema",
        K::BasisMonth => "dai dati di {month}",
        K::BasisEntered => "inserito da te",
        K::BasisNone => "nessun dato nella cartella: inserisci il valore effettivo",
        K::NoTargetYet => "Imposta un traguardo per vedere a che punto sei.",
        K::AddOwnGoal => "Aggiungi un tuo obiettivo",
        K::OwnGoalExample => "es. Clienti contattati un mese dopo l'acquisto",
        K::UnitPercent => "%",
        K::UnitSeconds => "secondi",
        K::UnitMinutes => "minuti",
        K::UnitHours => "ore",
        K::UnitDays => "giorni",
        K::UnitCount => "numero",
        K::UnitMoney => "importo",

        // Draft: the policy
        K::PartPolicy => "Punti della politica",
        K::TabPolicy => "Politica",
        K::PolicyTitle => "La politica",
        K::PolicyLead => {
            "Usa i tuoi obiettivi come guida e rendi la politica chiara e a misura \
            di cliente, poi rileggila dal punto di vista del cliente. Verifica con i dipendenti \
            prima di adottare un punto: spesso sanno meglio come il cliente vive la politica."
        }
        K::WeakAreasTitle => "Parti dai punti deboli emersi dall'autovalutazione",
        K::WeakAreaPoints => "{area} ({score}): vedi {points}",
        K::YourPolicy => "La tua politica",
        K::Stage => "Stato",
        K::StageDraft => "Bozza",
        K::StageProposed => "Proposta al personale",
        K::StageAdopted => "Adottata",
        K::AdoptNoAnswer => "Scrivi la politica prima di adottarla.",
        K::AdoptNoFeedback => {
            "Prima verifica con i dipendenti: registra almeno un parere del \
            personale su questo punto."
        }
        K::StaffFeedbackN => "Pareri del personale ({n})",
        K::FeedbackBy => "Chi",
        K::FeedbackText => "Cosa ha detto",
        K::AddFeedback => "Aggiungi il parere",

        // The rest of the plan (issue 4)
        K::TabStaff => "Personale",
        K::TabPlan => "Piano",
        K::TabDocument => "Documento",
        K::PartRules => "Regole da eliminare",
        K::PartGuidelines => "Linee guida del personale",
        K::PartTraining => "Formazione",
        K::PartSops => "Procedure",
        K::PartMeetings => "Note delle riunioni con i clienti",
        K::PartCheckRounds => "Verifiche della checklist",
        K::PartPulses => "Sondaggi pulse",
        K::PartMembers => "Membri del team",
        K::PartOneOnOnes => "Incontri 1:1",
        K::PartEnps => "Rilevazioni eNPS",
        K::CalFollowUp => "Ricontatto: {who}",
        K::CalMeetingFollowUp => "Ricontatto dopo l'incontro: {who}",
        K::CalOneOnOne => "Incontro 1:1 con {name}",
        K::CalPulse => "Sondaggio pulse: {title}",
        K::CalReview => "Rivedere il piano del servizio clienti",
        K::CalTraining => "Formazione: {topic}",
        K::CalTitle => "Nel tuo calendario",
        K::CalLead => {
            "Metti le scadenze in Google Calendar, Outlook o Calendario di Apple: scarica una \
            voce, o tutte insieme, e apri il file con il tuo calendario. Dopo ogni modifica, \
            scaricale di nuovo: le voci già presenti vengono aggiornate, non duplicate. I \
            ricontatti riportano il nome del cliente: tienili in un calendario che vedi solo tu."
        }
        K::CalAll => "Scarica tutte le scadenze (.ics)",
        K::CalOne => "Aggiungi al calendario",
        K::CalNone => {
            "Ancora nessuna scadenza: nessun ricontatto, incontro 1:1, sondaggio pulse, \
            revisione del piano o formazione ha una data."
        }
        K::CalName => "Servicebook: le scadenze",
        K::PartCategories => "Categorie dei reclami",
        K::PartReviews => "Revisioni del piano",
        K::Remove => "Togli",
        K::NoDate => "senza data",
        K::Closed => "Chiuso",

        K::RulesTitle => "Regole che creano problemi",
        K::RulesLead => {
            "Elenca le regole che la tua attività applica oggi e collega ognuna alle \
            categorie di reclamo che provoca. Prima vengono le regole dietro il maggior numero di \
            reclami degli ultimi 12 mesi: se puoi, eliminale."
        }
        K::RuleNew => "Una regola che applichi oggi",
        K::RuleNewHint => "es. Nessun rimborso dopo 14 giorni",
        K::RuleText => "Regola",
        K::RuleCategories => "Categorie di reclamo che provoca",
        K::RuleDecisionLabel => "Decisione",
        K::RuleKeep => "Da mantenere",
        K::RuleRemove => "Da eliminare",
        K::RuleRemoved => "Eliminata",

        K::StaffTitle => "Linee guida e formazione del personale",
        K::StaffLead => {
            "La politica non è un'arma contro il cliente (“Mi dispiace, è la politica \
            aziendale”). Invece di regole rigide, dai al personale linee guida generali e la \
            libertà di risolvere i problemi, poi formalo sulla nuova politica."
        }
        K::GuidelinesTitle => "Risolvere il problema di un cliente: quattro passi",
        K::GuidelinesLead => {
            "Quattro passi per risolvere il problema di un cliente, ciascuno con un esempio: \
            riscrivili come serve alla tua attività. Il documento della politica riporta la tua \
            versione."
        }
        K::GuideWhatToDo => "Cosa fare",
        K::GuideExample => "Esempio",
        K::GuideReset => "Torna al testo originale",
        K::TrainingTitle => "Piano di formazione",
        K::TrainingLead => {
            "Organizza una riunione obbligatoria per presentare il piano e spiegarne lo scopo, poi \
            inserisci la formazione nelle riunioni regolari e tieni seminari su competenze \
            specifiche, come la gestione dei reclami."
        }
        K::TrainingNoKickOff => {
            "Nessuna riunione di avvio: pianifica la riunione obbligatoria \
            che presenta il piano a tutti."
        }
        K::TrainingAdd => "Aggiungi un incontro",
        K::TrainingKindLabel => "Tipo",
        K::TrainingKickOff => "Riunione di avvio (obbligatoria)",
        K::TrainingMeeting => "Riunione regolare",
        K::TrainingWorkshop => "Seminario",
        K::TrainingTopic => "Argomento",
        K::TrainingAttendees => "Chi partecipa",
        K::TrainingAttendeesHint => "es. tutto il personale",
        K::TrainingHeld => "Svolto",
        K::TrainingNotes => "Note",

        K::PlanTitle => "Il piano: clienti, assistenza, revisione",
        K::PlanLead => {
            "Chi sono i tuoi clienti e di cosa hanno bisogno, quando e come possono \
            contattarti, come insegni loro ad aiutarsi da soli e quando rivedrai tutto."
        }
        K::CustomerTitle => "Profilo del cliente",
        K::CustomerLead => "Le caratteristiche del tuo cliente medio.",
        K::CustLocation => "Zona",
        K::CustLocationHint => "es. il quartiere e i paesi vicini",
        K::CustEducation => "Istruzione",
        K::CustEducationHint => "es. varia; molti artigiani",
        K::CustGender => "Genere",
        K::CustGenderHint => "es. circa metà e metà",
        K::CustAge => "Età",
        K::CustAgeHint => "es. soprattutto tra 35 e 65 anni",
        K::CustOther => "Altre caratteristiche",
        K::CustOtherHint => "es. vengono a piedi, comprano spesso piccole quantità",
        K::NeedsTitle => "Di cosa hanno bisogno",
        K::NeedPerformance => "Dal prodotto",
        K::NeedPerformanceHint => "Come deve funzionare",
        K::NeedSupport => "Dal personale di assistenza",
        K::NeedSupportHint => "Come vogliono essere trattati",
        K::NeedPrice => "Prezzo",
        K::NeedPriceHint => "Quanto si aspettano di pagare, e per cosa",
        K::NeedDurability => "Durata",
        K::NeedDurabilityHint => "Quanto deve durare, e la copertura se si guasta",
        K::SupportTitle => "Disponibilità dell'assistenza",
        K::SupportLead => {
            "Quando i clienti possono contattare il personale e con quali canali: in tempo reale \
            durante l'orario di servizio, e fuori orario (per esempio telefono dal lunedì al \
            venerdì in orario d'ufficio, chat ed e-mail il resto del tempo)."
        }
        K::HoursSuggested => {
            "Questi orari sono solo un suggerimento: modificali oppure confermali così come \
            sono. Finché non lo fai, il documento della politica non li riporta."
        }
        K::HoursConfirm => "Questi sono i nostri orari",
        K::HoursTitle => "Orari in cui il personale risponde in tempo reale",
        K::HoursSummary => "{hours} ore a settimana: {spans}",
        K::HoursNone => "Nessun orario: i clienti non possono parlare con nessuno in tempo reale.",
        K::HoursReversed => {
            "L'orario di chiusura non è dopo quello di apertura: {days}. Quei \
            giorni contano come chiusi."
        }
        K::HoursOpen => "Aperto",
        K::HoursFrom => "Dalle",
        K::HoursTo => "Alle",
        K::HoursOpenOn => "Aperto {day}",
        K::HoursFromOn => "Apertura {day}",
        K::HoursToOn => "Chiusura {day}",
        K::ChannelsTitle => "Canali",
        K::ChannelsLead => "Quali canali rispondono in tempo reale e quali fuori orario.",
        K::NoOffHours => {
            "Fuori orario nessun canale raccoglie le richieste dei clienti: aggiungi una chat o \
            l'e-mail per il resto del tempo."
        }
        K::ChannelKindLabel => "Canale",
        K::ChannelDetail => "Numero, indirizzo o pagina",
        K::ChannelDetailHint => "es. 051 123 456",
        K::ChannelReach => "Quando è attivo",
        K::ChannelPhoneName => "Telefono",
        K::ChannelShopName => "In negozio",
        K::ChannelChatName => "Chat online",
        K::ChannelEmailName => "E-mail",
        K::ChannelMessagingName => "App di messaggi",
        K::ChannelSocialName => "Social network",
        K::ChannelOtherName => "Altro",
        K::ReachInHours => "in tempo reale, in orario di servizio",
        K::ReachOffHours => "fuori orario, con risposta successiva",
        K::ReachAlways => "in qualsiasi momento",
        K::AddChannel => "Aggiungi un canale",
        K::EducationTitle => "Educare i clienti",
        K::EducationLead => {
            "Cosa aspettarsi dai prodotti, come risolvere da soli i problemi di \
            base e come ottenere aiuto quando serve."
        }
        K::SelfHelp => "Fai da te",
        K::SelfHelpHint => "es. guide sul sito e in negozio",
        K::GetHelp => "Come ottenere aiuto",
        K::GetHelpHint => "es. chiama il negozio; e-mail con la foto dello scontrino",
        K::TermsTitle => "Sulla pagina per i clienti",
        K::TermsLead => {
            "Scrivili per i tuoi clienti, con parole tue: compaiono solo nella pagina per i clienti (scheda Documento), che non mostra mai le note per il personale. Lascia vuoto ciò che non ti riguarda."
        }
        K::TermsReturns => "Resi e cambi",
        K::TermsShipping => "Spedizioni e consegne",
        K::TermsPayment => "Metodi di pagamento",
        K::TermsGuarantees => "Garanzie",
        K::TermsComplain => "Come fare un reclamo",
        K::TermsContact => "Contatti (indirizzo, telefono, e-mail, sito)",
        K::ReviewTitle => "Ciclo di revisione",
        K::ReviewLead => {
            "Non esiste un piano perfetto: ciò che funziona oggi potrebbe non \
            funzionare tra qualche anno. Rivedi regolarmente politica e procedure e annota cosa è \
            cambiato."
        }
        K::ReviewOn => "Data della revisione",
        K::ReviewNext => "Prossima revisione",
        K::ReviewChanged => "Cosa è cambiato dall'ultima revisione",
        K::ReviewChangedHint => "es. aggiunto l'orario del sabato; resi ora a 30 giorni",
        K::ReviewAdd => "Registra la revisione",
        K::ReviewNextOn => "prossima: {date}",
        K::ReviewNever => {
            "Il piano non è ancora stato revisionato. Registra una revisione quando lo hai riletto \
            tutto e fissa la data della prossima."
        }
        K::ReviewNoNext => "Ultima revisione: {last}; prossima non ancora fissata.",
        K::ReviewDue => {
            "È ora di rivedere il piano. Ultima revisione: {last}; prossima prevista: {since}."
        }
        K::ReviewScheduled => "Ultima revisione: {last}; prossima: {next}.",
        K::ReviewInFuture => "La data della revisione non può essere nel futuro.",
        K::ReviewNextNotAfter => "La prossima revisione deve venire dopo questa.",
        K::ReviewGoThere => "Rivedi il piano",
        K::ReviewNoDate => "Inserisci la data della revisione.",

        K::DocPageTitle => "Il documento della politica",
        K::DocPageLead => {
            "Visione, obiettivi, politica, linee guida, orari di assistenza e \
            formazione in un unico documento, da stampare o condividere in Markdown."
        }
        K::CustomerPageTitle => "Pagina per i clienti",
        K::CustomerPageLead => {
            "Una pagina per i tuoi clienti, nella lingua scelta sopra: resi, spedizioni, pagamenti, garanzie, come fare un reclamo, orari e canali di assistenza, contatti. Pubblicala sul tuo sito o stampala da tenere sul banco. Contiene solo ciò che hai scritto per i clienti nella scheda Piano."
        }
        K::CustomerPageDownload => "Pagina per i clienti (HTML)",
        K::CustomerPageEmpty => {
            "Non c'è ancora niente per i clienti: nella scheda Piano scrivi i testi su resi, spedizioni, pagamenti e contatti, o conferma gli orari di assistenza."
        }
        K::CustomerPageWrite => "Scrivi i testi per i clienti",
        K::CpTitle => "Servizio clienti",
        K::CpTitleOf => "Servizio clienti · {business}",
        K::CpReturns => "Resi e cambi",
        K::CpShipping => "Spedizioni e consegne",
        K::CpPayment => "Pagamenti",
        K::CpGuarantees => "Garanzie",
        K::CpComplain => "Come fare un reclamo",
        K::CpSupport => "Assistenza",
        K::CpHours => "Quando rispondiamo",
        K::CpChannels => "Come contattarci",
        K::CpGetHelp => "Come ricevere assistenza",
        K::CpSelfHelp => "Per trovare subito una risposta",
        K::CpContact => "Contatti",
        K::CpUpdated => "Ultimo aggiornamento: {date}",
        K::CpReachInHours => "negli orari indicati sopra",
        K::CpReachOffHours => "in qualsiasi momento; rispondiamo nei nostri orari",
        K::CpReachAlways => "in qualsiasi momento",
        K::DocLanguage => "Lingua del documento",
        K::DownloadMarkdown => "Scarica in Markdown",
        K::DocTitle => "Politica del servizio clienti",
        K::DocPrepared => "Data di redazione: {date}",
        K::DocReviewed => "Ultima revisione: {last}",
        K::DocReviewedNext => "Ultima revisione: {last}; prossima: {next}",
        K::DocVision => "La nostra visione",
        K::DocNoVision => "Non è stata ancora scelta una visione.",
        K::DocGoals => "Obiettivi di servizio",
        K::DocNoGoals => "Non sono ancora stati fissati obiettivi di servizio.",
        K::DocGoal => "Obiettivo",
        K::DocPeriod => "Misurato su",
        K::DocNow => "Oggi",
        K::DocPolicy => "La nostra politica",
        K::DocNoPolicy => "Nessun punto della politica è stato ancora scritto.",
        K::DocNotAdopted => "Non ancora adottato ({stage}).",
        K::DocGuidelines => "Risolvere il problema di un cliente",
        K::DocGuidelinesLead => "Linee guida generali per tutto il personale, non regole rigide.",
        K::DocSupport => "Quando e come contattarci",
        K::DocHoursNotConfirmed => "Gli orari di assistenza non sono ancora stati confermati.",
        K::DocNoHours => "Non sono ancora stati fissati orari di assistenza.",
        K::DocDay => "Giorno",
        K::DocHours => "Orario",
        K::DocChannels => "Canali",
        K::DocTraining => "Formazione",
        K::DocNoTraining => "Non è stata ancora pianificata alcuna formazione.",
        K::DocDate => "Data",

        // Run: procedures (issue 5)
        K::NavRun => "Gestione",
        K::Yes => "sì",
        K::No => "no",
        K::SopTitle => "Procedure operative standard",
        K::SopLead => {
            "Metti per iscritto come si svolgono le attività di routine, così ogni \
            cliente è trattato allo stesso modo e chi è nuovo impara prima: titolo, reparto, \
            scopo, termini usati e passi, dove un passo può essere una decisione. Il diagramma di \
            flusso lo disegna l'app."
        }
        K::SopSearch => "Cerca nelle procedure",
        K::SopDepartment => "Reparto",
        K::SopAllDepartments => "Tutti i reparti",
        K::SopNew => "Nuova procedura",
        K::SopNone => {
            "Nessuna procedura corrisponde. Creane una nuova o copia uno dei modelli \
            qui sotto."
        }
        K::SopUntitled => "Procedura senza titolo",
        K::SopVersionOn => "versione: {date}",
        K::SopStarters => "Modelli da copiare e adattare",
        K::SopStartersLead => "Ogni copia è tua e puoi modificarla; il modello resta com'è.",
        K::SopCopy => "Copia",
        K::SopBack => "← Tutte le procedure",
        K::SopFieldTitle => "Titolo",
        K::SopPurpose => "Scopo",
        K::SopTerms => "Termini",
        K::SopTermsLead => {
            "Le parole e le sigle dell'azienda usate in questa procedura, spiegate \
            a chi è nuovo."
        }
        K::SopTerm => "Termine",
        K::SopMeaning => "Significato",
        K::SopAddTerm => "Aggiungi un termine",
        K::SopSteps => "Istruzioni",
        K::SopStepsLead => {
            "Passi in ordine. Segna un passo come decisione per dargli risposte \
            che portano ad altri passi."
        }
        K::SopStepN => "Passo {n}",
        K::SopAddStep => "Aggiungi un passo",
        K::SopDecision => "Decisione",
        K::SopEndsHere => "Conclude la procedura",
        K::SopMoveUp => "Sposta su il passo {n}",
        K::SopMoveDown => "Sposta giù il passo {n}",
        K::SopAnswer => "Risposta",
        K::SopLeadsTo => "Porta a",
        K::SopAddAnswer => "Aggiungi una risposta",
        K::SopGoToStep => "passo {n}",
        K::SopFlowchart => "Diagramma di flusso",
        K::FlowStart => "Inizio",
        K::FlowEnd => "Fine",
        K::SopEmptyStep => "Il passo {n} non ha testo.",
        K::SopOneAnswer => {
            "Il passo {n} è una decisione con una sola risposta: dagliene almeno \
            due."
        }
        K::SopUnnamedAnswer => "Una risposta del passo {n} non ha nome.",
        K::SopMissingTarget => "Una risposta del passo {n} porta a un passo che non esiste più.",
        K::SopLoopsOnItself => "Una risposta del passo {n} riporta al passo {n} stesso.",
        K::SopUnreached => "Nessun passo porta al passo {n}.",

        // Run: the team (issue 5)
        K::TabProcedures => "Procedure",
        K::TabTeam => "Team",
        K::TeamTitle => "Ascoltare il team",
        K::TeamLead => {
            "Come si trova il personale in azienda, e il tempo a tu per tu con \
            ciascuno."
        }
        K::EnpsTitle => "Employee Net Promoter Score (eNPS)",
        K::EnpsHow => {
            "I promotori rispondono 9 o 10, i passivi 7 o 8, i detrattori 6 o meno. L'eNPS è la \
            quota di promotori meno la quota di detrattori, da −100 a +100. La scala standard va \
            da 0 a 10; alcuni sondaggi usano la scala da 1 a 10, calcolata allo stesso modo (da 1 \
            a 6 sono detrattori)."
        }
        K::EnpsAdd => "Aggiungi una rilevazione",
        K::EnpsAddButton => "Aggiungi la rilevazione",
        K::EnpsScale => "Scala",
        K::EnpsScale010 => "da 0 a 10 (standard)",
        K::EnpsScale110 => "da 1 a 10",
        K::EnpsAnswers => "Le risposte, come numeri separati da spazi",
        K::EnpsNoDate => "Inserisci la data della rilevazione.",
        K::EnpsNotNumber => "“{word}” non è un numero della scala.",
        K::EnpsOutOfScale => "Queste risposte sono fuori dalla scala {range}: {values}.",
        K::EnpsNoAnswers => "Scrivi almeno una risposta.",
        K::EnpsResponses => "Risposte",
        K::EnpsPromoters => "Promotori",
        K::EnpsPassives => "Passivi",
        K::EnpsDetractors => "Detrattori",
        K::EnpsChange => "{change} rispetto alla rilevazione precedente",
        K::OnesTitle => "Incontri 1:1",
        K::OnesLead => {
            "Una chiacchierata privata e regolare con ogni membro del team dà un'idea \
            reale di cosa succede. Le note sono private: una copia anonimizzata le esclude."
        }
        K::OnesAddMember => "Aggiungi un membro del team",
        K::OnesName => "Nome",
        K::OnesRole => "Ruolo",
        K::OnesCadence => "Frequenza",
        K::EveryWeek => "ogni settimana",
        K::EveryMonth => "ogni mese",
        K::EveryQuarter => "ogni tre mesi",
        K::OnesNever => "Nessun 1:1 finora",
        K::OnesOverdue => "In ritardo (scadenza: {date})",
        K::OnesDueToday => "Da fare oggi",
        K::OnesNext => "Prossimo: {date}",
        K::OnesMeetingsN => "Incontri 1:1 ({n})",
        K::OnesNotes => "Note private",
        K::OnesActions => "Azioni concordate, una per riga",
        K::OnesNoName => "Inserisci il nome del membro.",
        K::OnesNoDate => "Inserisci la data dell'incontro.",
        K::OnesLog => "Registra l'incontro",
        // Run → Meetings
        K::TabMeetings => "Incontri",
        K::MeetTitle => "Note degli incontri con i clienti",
        K::MeetLead => {
            "Annota ogni incontro con un cliente, al telefono o di persona, sempre con \
            lo stesso modello: chi, quando, gli argomenti, cosa ha detto il cliente, le azioni \
            concordate e quando ricontattarlo. Le note restano salvate e si possono cercare."
        }
        K::MeetSearch => "Cerca nelle note",
        K::MeetOnlyDue => "Solo i ricontatti in scadenza",
        K::MeetNew => "Nuova nota di incontro",
        K::MeetNone => {
            "Nessuna nota corrisponde. Scrivine una dopo la prossima telefonata o \
            visita."
        }
        K::MeetNoCustomer => "Cliente senza nome",
        K::MeetFollowUpDue => "Ricontatto in ritardo (scadenza: {date})",
        K::MeetFollowUpOn => "Ricontatto: {date}",
        K::MeetFollowedUp => "Ricontattato ({date})",
        K::MeetPhone => "Al telefono",
        K::MeetInPerson => "Di persona",
        K::MeetBack => "← Tutte le note",
        K::MeetNoteTitle => "Incontro con un cliente",
        K::MeetDate => "Quando",
        K::MeetKind => "Come",
        K::MeetCustomer => "Cliente",
        K::MeetStaff => "Chi l'ha incontrato (per l'azienda)",
        K::MeetNoDate => "Inserisci la data dell'incontro; resta quella salvata prima.",
        K::MeetTopics => "Argomenti",
        K::MeetFeedback => "Il feedback del cliente",
        K::MeetActions => "Azioni da fare",
        K::MeetActionText => "Azione",
        K::MeetActionWho => "Chi",
        K::MeetActionDone => "Fatto",
        K::MeetAddAction => "Aggiungi un'azione",
        K::MeetFollowUp => "Ricontatto",
        K::MeetFollowUpDate => "Data del ricontatto",
        K::MeetFollowedUpCheck => "Il ricontatto è avvenuto",

        // Run → Checklist
        K::TabChecklist => "Checklist",
        K::CheckTitle => "Checklist del servizio",
        K::CheckLead => {
            "I punti da rispettare in ogni conversazione con un cliente. Spuntali per un turno o \
            per un addetto: ogni verifica resta salvata e vedi quali punti vengono trascurati."
        }
        K::CheckKeep => "Spunta la checklist per un turno o un addetto",
        K::CheckWho => "Turno o addetto",
        K::CheckPoints => "Punti rispettati",
        K::CheckTicked => "{n} su {total} spuntati",
        K::CheckNote => "Nota",
        K::CheckSave => "Salva la verifica",
        K::CheckNoDate => "Inserisci la data della verifica.",
        K::CheckNoWho => "Inserisci il turno o l'addetto a cui si riferisce la verifica.",
        K::CheckHistory => "Nel tempo",
        K::CheckNone => "Ancora nessuna verifica: spunta la checklist qui sopra dopo un turno.",
        K::CheckFor => "Mostra",
        K::CheckEveryone => "Tutti i turni e gli addetti",
        K::CheckRates => "Quanto spesso è stato rispettato ogni punto",
        K::CheckTrashRound => "Sposta nel cestino la verifica ({date}, {who})",
        K::CheckRemovePoint => "Togli il punto {n}",
        K::MeetRemoveAction => "Togli l'azione {n}",
        K::CheckOf => "{n} su {total} ({pct})",
        K::CheckRounds => "Verifiche",
        K::CheckMissed => "Non rispettati: {points}",
        K::CheckEdit => "I punti della checklist",
        K::CheckEditLead => {
            "Parti dai punti suggeriti e rendili tuoi: cambia le parole, togli ciò che non serve, \
            aggiungi i tuoi. Le verifiche già salvate conservano i punti che avevano."
        }
        K::CheckPointN => "Punto {n}",
        K::CheckNewPoint => "Un nuovo punto",
        K::CheckReset => "Torna ai punti suggeriti",
        K::CheckResetNotice => "La checklist è tornata ai punti suggeriti.",

        // Run → Team: the eNPS trend and pulse surveys
        K::EnpsTrendLabel => "eNPS in {n} rilevazioni, da {first} a {last}",
        K::PulseTitle => "Sondaggi pulse",
        K::PulseLead => {
            "Sondaggi brevi, non più di dieci domande, inviati ogni settimana, mese o \
            trimestre per capire in fretta cosa pensa il team. Si risponde a ogni domanda da 1 \
            (per niente) a 5 (del tutto)."
        }
        K::PulseNew => "Nuovo sondaggio pulse",
        K::PulseUntitled => "Sondaggio senza titolo",
        K::PulseNoRound => "Ancora nessuna rilevazione",
        K::PulseDue => "Rilevazione in ritardo (scadenza: {date})",
        K::PulseNext => "Prossima rilevazione: {date}",
        K::PulseNoResults => "Ancora nessuna risposta: inserisci la prima rilevazione qui sotto.",
        K::PulseResultsCaption => "Risposta media a ogni domanda, per rilevazione (da 1 a 5)",
        K::PulseQuestion => "Domanda",
        K::PulseChange => "Variazione",
        K::PulseEnterRound => "Inserisci le risposte di una rilevazione",
        K::PulseRoundLead => {
            "Per ogni domanda scrivi le risposte date, da 1 a 5, separate da \
            spazi. Una rilevazione con la stessa data sostituisce quella inserita prima."
        }
        K::PulseBadAnswers => {
            "“{question}”: le risposte sono numeri interi da 1 a 5, quindi \
            questo non si può contare: {values}. Non è stato salvato nulla."
        }
        K::PulseRoundRemoved => "La rilevazione è stata tolta.",
        K::PulseRemoveRound => "Togli la rilevazione ({date})",
        K::PulseRemoveQuestion => "Togli la domanda {n}",
        K::PulseNoAnswers => "Scrivi almeno una risposta.",
        K::PulseSaveRound => "Salva la rilevazione",
        K::PulseRoundsEntered => "Rilevazioni inserite",
        K::PulseEdit => "Domande e frequenza",
        K::PulseName => "Titolo",
        K::PulseCadence => "Invio",
        K::PulseQuestionN => "Domanda {n}",
        K::PulseAddQuestion => "Aggiungi una domanda",
        K::PulseFull => {
            "Un sondaggio pulse ha al massimo dieci domande: tienilo breve perché le \
            persone rispondano."
        }
        K::HomeProcedures => "Procedure scritte",
        K::HomeFollowUpsDue => "Ricontatti dei clienti da fare",
        K::HomeOnesDue => "Incontri 1:1 da fare",
        K::HomePulsesDue => "Rilevazioni pulse da fare",
        K::UpdateReady => {
            "È pronta una nuova versione di Servicebook. Il tuo lavoro è salvato: \
            ricarica per usarla."
        }
        K::UpdateReload => "Ricarica ora",
        K::UpdateLater => "Più tardi",

        // Seed 004: the service checklist (run/checklist.rs)
        K::ChecklistPolite => "Mantieni un atteggiamento positivo ed educato",
        K::ChecklistNeverBlame => {
            "Non incolpare mai il cliente per il problema, anche se è \
            insoddisfatto o arrabbiato"
        }
        K::ChecklistPositiveTone => {
            "Mantieni un tono positivo e ottimista per tutta la \
            conversazione"
        }
        K::ChecklistNoEmotions => "Non farti prendere dalle emozioni quando gestisci un reclamo",
        K::ChecklistStayCalm => {
            "Mantieni la calma: respira, fai una breve passeggiata o bevi un \
            sorso d'acqua"
        }
        K::ChecklistFollowProcedure => "Segui la procedura di gestione dei reclami",

        // The team's eNPS question and starter pulse survey (run/team.rs)
        K::EnpsQuestion => "Quanto è probabile che consigli la nostra azienda ad altri?",
        K::PulseStarterTitle => "Sondaggio mensile del team",
        K::PulseStarterWhatINeed => "Ho ciò che mi serve per aiutare i clienti",
        K::PulseStarterExpected => "So cosa ci si aspetta da me",
        K::PulseStarterIdeas => "Le mie idee vengono ascoltate",

        // The seed's example of a concise vision (draft/vision.rs)
        K::ExampleVision => "Qualità, servizio, pulizia, valore.",

        // Complaint categories a new workbook starts with (listen/complaints.rs)
        K::CategoryBroken => "Articolo arrivato rotto",
        K::CategoryLate => "Consegna in ritardo",
        K::CategoryWrongItem => "Articolo sbagliato",
        K::CategoryOutOfStock => "Articolo esaurito",
        K::CategoryRudeStaff => "Personale scortese o poco disponibile",
        K::CategoryBilling => "Errore di fatturazione",

        // Seed 001: the customer service quotient's areas and statements (selftest/quotient.rs)
        K::CqCultureTitle => "Cultura orientata al cliente",
        K::CqCultureLead => {
            "Quanto è orientata al cliente la tua cultura aziendale? Metti il cliente al primo \
            posto o sei più concentrato sulle questioni interne?"
        }
        K::CqProductsTitle => "Prodotti e materiali di vendita",
        K::CqProductsLead => {
            "In che misura i tuoi prodotti e materiali di vendita si rivolgono \
            ai clienti? Un buon prodotto non si vende da solo: devi adattare i tuoi prodotti ai \
            desideri dei tuoi clienti."
        }
        K::CqFeedbackTitle => "Risposta al feedback",
        K::CqFeedbackLead => {
            "Quanto bene rispondi al feedback dei clienti? I clienti devono \
            sentirsi ascoltati e i loro reclami devono essere trattati immediatamente. Il loro \
            feedback è gratuito ed estremamente prezioso: non ignorarlo."
        }
        K::CqKnowledgeTitle => "Conoscenza dei clienti",
        K::CqKnowledgeLead => {
            "Quanto bene la tua azienda e i tuoi dipendenti conoscono i tuoi \
            clienti? Meglio li conosci, meglio puoi adattare il tuo servizio alle loro esigenze."
        }
        K::CqContactTitle => "Facilità di contatto",
        K::CqContactLead => {
            "Quanto è facile per i clienti contattare la tua attività? In media, \
            per ogni cliente che si lamenta, ce ne sono 26 che restano in silenzio, e il 91% dei \
            clienti insoddisfatti se ne va senza lamentarsi e non torna mai più."
        }
        K::CqStaffTitle => "Preparazione del personale",
        K::CqStaffLead => {
            "Quanto è qualificato il tuo personale? È l'anello di congiunzione tra te e i tuoi \
            clienti: più è formato, migliore è il servizio che può offrire."
        }
        K::CqImprovementTitle => "Miglioramento dei prodotti",
        K::CqImprovementLead => {
            "Quanto ti impegni a migliorare i tuoi prodotti? L'ultima parte del servizio clienti è \
            cercare sempre un prodotto migliore, che soddisfi o addirittura anticipi le esigenze \
            dei clienti."
        }
        K::CqCulture1 => "Ci impegniamo a fare tutto il necessario per creare clienti soddisfatti.",
        K::CqCulture2 => "Cerchiamo di fare le cose per bene la prima volta.",
        K::CqCulture3 => "Come proprietario, do l'esempio che il servizio clienti è importante.",
        K::CqCulture4 => {
            "Le esigenze dei nostri clienti sono più importanti delle nostre \
            esigenze interne."
        }
        K::CqProducts1 => "Quando vendiamo, ci sforziamo per un approccio di partnership.",
        K::CqProducts2 => "Nei nostri annunci non promettiamo ciò che non possiamo offrire.",
        K::CqProducts3 => {
            "Conosciamo le caratteristiche e i vantaggi che contano di più per i \
            nostri clienti."
        }
        K::CqProducts4 => {
            "Progettiamo nuovi prodotti/servizi sulla base delle informazioni dei \
            nostri clienti."
        }
        K::CqFeedback1 => "Esaminiamo i reclami dei clienti.",
        K::CqFeedback2 => "Chiediamo costantemente ai nostri clienti un feedback.",
        K::CqFeedback3 => {
            "Cerchiamo regolarmente modi per eliminare gli errori in base all'input del cliente."
        }
        K::CqKnowledge1 => "Abbiamo determinato cosa si aspettano i nostri clienti da noi.",
        K::CqKnowledge2 => "Siamo in contatto regolare con i nostri clienti.",
        K::CqKnowledge3 => "Tutti i dipendenti sanno cosa è importante per i nostri clienti.",
        K::CqContact1 => "Rendiamo facile per i nostri clienti fare affari con noi.",
        K::CqContact2 => "Ci sforziamo di risolvere tutti i reclami dei clienti.",
        K::CqContact3 => "Incoraggiamo a dare al cliente quella \"sensazione wow\".",
        K::CqStaff1 => "Rispetto i miei dipendenti.",
        K::CqStaff2 => "Tutti i dipendenti comprendono bene il nostro prodotto/servizio.",
        K::CqStaff3 => {
            "Tutti i dipendenti hanno gli strumenti e le competenze giuste per \
            svolgere bene il proprio lavoro."
        }
        K::CqStaff4 => "Tutti i dipendenti sono incoraggiati a risolvere i problemi del cliente.",
        K::CqStaff5 => {
            "Tutti i dipendenti credono che la soddisfazione del cliente faccia parte \
            del proprio lavoro."
        }
        K::CqImprovement1 => {
            "Lavoriamo costantemente per migliorare i nostri processi e \
            prodotti."
        }
        K::CqImprovement2 => {
            "Collaboriamo con altri gruppi per imparare dai loro punti di forza \
            e di debolezza."
        }
        K::CqImprovement3 => "Quando scopriamo problemi, cerchiamo di risolverli rapidamente.",

        // Seed 001, step 10: the four steps of handling a complaint (draft/plan.rs)
        K::GuideUnderstandTitle => "Capire il problema",
        K::GuideUnderstandText => {
            "Lascia che il cliente finisca senza interromperlo, scrivi i \
            fatti importanti e ripetili per assicurarti di aver capito bene."
        }
        K::GuideUnderstandExample => {
            "“Ricapitolando: vorresti un apparecchio nuovo e il rimborso, giusto?”"
        }
        K::GuideCauseTitle => "Individuare la causa",
        K::GuideCauseText => {
            "Scopri cosa ha fatto il cliente, capisci cosa avrebbe dovuto \
            succedere e isola il problema. Identificare la causa spesso significa accettare che \
            l'azienda, non il cliente, sia responsabile."
        }
        K::GuideCauseExample => {
            "“Hai ordinato un dispositivo che secondo il nostro sito funziona con il tuo sistema. \
            Avresti dovuto poterlo collegare e usare subito, ma evidentemente le informazioni sul \
            sito sono sbagliate, perché il dispositivo non è compatibile con il tuo sistema.”"
        }
        K::GuideSolutionsTitle => "Proporre soluzioni",
        K::GuideSolutionsText => {
            "Chiedi prima al cliente le sue idee. Se sa già come vuole risolvere, accetta la sua \
            proposta, oppure concorda con lui un piano accettabile sia per il cliente sia per \
            l'azienda."
        }
        K::GuideSolutionsExample => "“Come vorresti che risolvessimo la situazione?”",
        K::GuideResolveTitle => "Risolvere il problema",
        K::GuideResolveText => {
            "Metti in atto la soluzione e chiedi al cliente se è soddisfatto di come è stato \
            risolto il problema. Scusati e, se puoi, offri qualcosa per compensare il disagio."
        }
        K::GuideResolveExample => {
            "“Scusa per il disagio. Il nuovo articolo parte oggi, ed ecco un buono per il tuo \
            prossimo acquisto. Ti va bene così?”"
        }

        // Seed 001, step 9: the policy's seven points and their questions (draft/policy.rs)
        K::PolicyOverviewTitle => "Panoramica del prodotto o del servizio",
        K::PolicyOverviewQ1 => {
            "Hai una politica che renda il più semplice possibile, per i clienti, informarsi su \
            ciò che vendi?"
        }
        K::PolicySpeedTitle => "Velocità",
        K::PolicySpeedQ1 => "I tuoi clienti possono ordinare in modo rapido e semplice?",
        K::PolicySpeedQ2 => "Ci sono addetti al servizio clienti competenti a disposizione?",
        K::PolicySpeedQ3 => {
            "Qual è il tempo di attesa massimo al telefono e in negozio, e cosa \
            serve per rispettarlo?"
        }
        K::PolicyCommunicationTitle => "Comunicazione",
        K::PolicyCommunicationQ1 => {
            "Informi adeguatamente i clienti su tutto ciò che devono \
            sapere per acquistare da te?"
        }
        K::PolicyCommunicationQ2 => "Le condizioni di reso e di spedizione sono facili da trovare?",
        K::PolicyCommunicationQ3 => "Le forme di pagamento accettate sono indicate chiaramente?",
        K::PolicyCommunicationQ4 => {
            "I servizi aggiuntivi e le garanzie sono spiegati senza fare pressione sul cliente \
            perché acquisti?"
        }
        K::PolicyFollowUpTitle => "Ricontatto e assistenza post-vendita",
        K::PolicyFollowUpQ1 => {
            "I clienti ricevono nome, telefono ed e-mail di una persona da \
            contattare se hanno bisogno di aiuto dopo l'acquisto?"
        }
        K::PolicyFollowUpQ2 => "Indichi ai clienti i tempi previsti per il servizio o la consegna?",
        K::PolicyFollowUpQ3 => "Sanno come richiedere supporto tecnico o altra assistenza?",
        K::PolicyFollowUpQ4 => {
            "Possono presentare facilmente un reclamo se lo ritengono \
            necessario?"
        }
        K::PolicyComplaintsTitle => "Reclami e contestazioni",
        K::PolicyComplaintsQ1 => "I reclami vengono gestiti immediatamente?",
        K::PolicyComplaintsQ2 => {
            "I dipendenti hanno la libertà di risolvere i problemi per \
            arrivare alla soluzione migliore?"
        }
        K::PolicyComplaintsQ3 => "L'alta dirigenza viene coinvolta rapidamente?",
        K::PolicyComplaintsQ4 => "Come vengono risarciti i clienti per i diversi problemi?",
        K::PolicyComplaintsQ5 => "Ricontatti il cliente per assicurarti che sia soddisfatto?",
        K::PolicyRetentionTitle => "Fidelizzazione",
        K::PolicyRetentionQ1 => "Costruisci relazioni a lungo termine con i tuoi clienti?",
        K::PolicyRetentionQ2 => {
            "Li contatti un mese dopo l'acquisto per assicurarti che siano \
            soddisfatti?"
        }
        K::PolicyRetentionQ3 => "Una newsletter o dei coupon sarebbero adatti ai tuoi clienti?",
        K::PolicyRetentionQ4 => "Un forum dei clienti sul tuo sito potrebbe essere utile?",
        K::PolicySupervisionTitle => "Supervisione dei dipendenti",
        K::PolicySupervisionQ1 => {
            "Incoraggi i tuoi dipendenti a fornire un buon servizio \
            clienti?"
        }
        K::PolicySupervisionQ2 => {
            "Condividi con loro il feedback dei clienti e intervieni quando \
            non rispettano gli standard di servizio?"
        }
        K::PolicySupervisionQ3 => "Li riconosci e li premi quando forniscono un buon servizio?",

        // Starter procedures the user can copy and adapt (run/procedures.rs)
        K::SopDeptCustomerService => "Servizio clienti",
        K::SopYes => "sì",
        K::SopNo => "no",
        K::SopCallTitle => "Gestire una chiamata di reclamo",
        K::SopCallPurpose => {
            "Ogni cliente che chiama per un reclamo viene trattato allo stesso \
            modo, ascoltato fino in fondo e aiutato subito."
        }
        K::SopCallTermLog => "Registro reclami",
        K::SopCallTermLogMeaning => {
            "Dove si annota ogni reclamo: la sezione Ascolto di Servicebook."
        }
        K::SopCallStep1 => "Rispondi entro tre squilli con il nome del negozio e il tuo",
        K::SopCallStep2 => "Lascia finire il cliente; annota i fatti e ripetili",
        K::SopCallStep3 => "Registra il reclamo mentre il cliente è in linea",
        K::SopCallStep4 => "Puoi risolverlo da solo?",
        K::SopCallStep5 => {
            "Concorda la soluzione, mettila in pratica e chiedi se il cliente è \
            soddisfatto"
        }
        K::SopCallStep6 => {
            "Passa a un responsabile (vedi “Passare a un responsabile”) e fissa la \
            data di ricontatto"
        }
        K::SopEscalateTitle => "Passare a un responsabile",
        K::SopEscalatePurpose => {
            "I problemi che il personale non può risolvere arrivano in \
            fretta a chi può farlo, senza che il cliente ripeta la storia."
        }
        K::SopEscalateStep1 => "Di' al cliente chi lo richiamerà ed entro quando",
        K::SopEscalateStep2 => {
            "Passa al responsabile i fatti scritti e cosa si è provato, in \
            giornata"
        }
        K::SopEscalateStep3 => "Il responsabile è disponibile oggi?",
        K::SopEscalateStep4 => "Chiedi al titolare di decidere",
        K::SopEscalateStep5 => "Richiama il cliente con la decisione e il risarcimento",
        K::SopRefundTitle => "Una richiesta di rimborso o sostituzione",
        K::SopRefundPurpose => {
            "Rimborsi e sostituzioni si decidono allo stesso modo per tutti, \
            in fretta e con equità."
        }
        K::SopRefundTermReceipt => "Scontrino",
        K::SopRefundTermReceiptMeaning => {
            "Prova d'acquisto: scontrino, ricevuta via e-mail o estratto conto della carta."
        }
        K::SopRefundStep1 => "Controlla la prova d'acquisto e l'articolo",
        K::SopRefundStep2 => "L'articolo è difettoso o diverso dalla descrizione?",
        K::SopRefundStep3 => "Offri al cliente la scelta: sostituzione o rimborso completo",
        K::SopRefundStep4 => "Siamo entro il periodo di reso?",
        K::SopRefundStep5 => "Rimborsa o sostituisci secondo la politica dei resi",
        K::SopRefundStep6 => {
            "Spiega con gentilezza perché no e offri ciò che puoi (un buono, una \
            riparazione)"
        }
    }
}

/// CLDR's rule for Italian: `one` when i = 1 and v = 0 (exactly 1, written
/// without decimals), `other` for everything else. (CLDR 42 adds `many` for
/// whole millions in compact notation, "1 milione di"; no text here
/// writes counts that way, so it is not used.)
pub(super) use super::one_other::{plural, CATEGORIES};

pub(super) const fn forms(key: P) -> Forms {
    match key {
        P::ProblemChunk => Forms::one_other(
            "{n} record di “{part}” non è leggibile ed è stato messo da parte; tutto il resto è \
                stato caricato.",
            "{n} record di “{part}” non sono leggibili e sono stati messi da parte; tutto il \
                resto è stato caricato.",
        ),
        P::ProblemRebuilt => Forms::one_other(
            "L'elenco delle parti salvate mancava o era danneggiato: Servicebook ha ricostruito \
                la cartella dall'unica parte ritrovata intatta ({records} record). Controlla le \
                ultime modifiche; il file esportato più di recente resta la copia più sicura.",
            "L'elenco delle parti salvate mancava o era danneggiato: Servicebook ha ricostruito \
                la cartella dalle {n} parti ritrovate intatte ({records} record). Controlla le \
                ultime modifiche; il file esportato più di recente resta la copia più sicura.",
        ),
        P::ProblemMissing => Forms::one_other(
            "{n} record di “{part}” non è più nello spazio di questo browser e qui non si può \
                recuperare. Per riaverlo, in Condivisione e backup importa con Unisci il file \
                esportato più di recente.",
            "{n} record di “{part}” non sono più nello spazio di questo browser e qui non si \
                possono recuperare. Per riaverli, in Condivisione e backup importa con Unisci il file \
                esportato più di recente.",
        ),
        P::ProblemFromEarlier => Forms::one_other(
            "{n} record di “{part}” era danneggiato o mancante: al suo posto è stata caricata una \
                copia salvata in precedenza. Controlla che contenga le tue ultime modifiche.",
            "{n} record di “{part}” erano danneggiati o mancanti: al loro posto è stata caricata \
                una copia salvata in precedenza. Controlla che contenga le tue ultime modifiche.",
        ),
        P::MergedNew => Forms::one_other("{n} record nuovo", "{n} record nuovi"),
        P::MergedUpdated => Forms::one_other("{n} aggiornato", "{n} aggiornati"),
        P::StepFollowUpsOverdue => Forms::one_other("Richiama il cliente che dovevi ricontattare", "Richiama {n} clienti che dovevi ricontattare"),
        P::StepMeetingFollowUps => Forms::one_other("Ricontatta il cliente dopo l'incontro, come previsto", "Ricontatta {n} clienti dopo gli incontri, come previsto"),
        P::StepBackupDue => Forms::one_other("Salva una copia di sicurezza: l'ultima risale a {n} giorno fa", "Salva una copia di sicurezza: l'ultima risale a {n} giorni fa"),
        P::StepOnesDue => Forms::one_other("Fai l'incontro 1:1 in programma", "Fai {n} incontri 1:1 in programma"),
        P::StepPulsesDue => Forms::one_other("Invia la rilevazione pulse in programma", "Invia {n} rilevazioni pulse in programma"),
        P::EnpsOf => Forms::one_other(
            "({date}, {n} risposta)",
            "({date}, {n} risposte)",
        ),
        P::PulseAnswersN => Forms::one_other(
            "{n} risposta",
            "{n} risposte",
        ),
        P::PreviewReplace => Forms::one_other(
            "La tua cartella ({n} record) viene sostituita dal file. Puoi \
            annullare finché non chiudi questa finestra.",
            "La tua cartella ({n} record) viene sostituita dal file. Puoi \
            annullare finché non chiudi questa finestra.",
        ),
        P::BasisComplaints => Forms::one_other(
            "da {n} reclamo con una risposta, {period}",
            "da {n} reclami con una risposta, {period}",
        ),
        P::CsvImportCount => Forms::one_other("Importa {n} reclamo", "Importa {n} reclami"),
        P::CsvRowsSkipped => Forms::one_other("{n} riga sarà saltata", "{n} righe saranno saltate"),
        P::CsvImported => Forms::one_other("{n} reclamo importato dal foglio di calcolo.", "{n} reclami importati dal foglio di calcolo."),
        P::CsvImportUndone => Forms::one_other("Importazione annullata: {n} reclamo tolto dal registro.", "Importazione annullata: {n} reclami tolti dal registro."),
        P::CsvMoreRows => Forms::one_other("Un'altra riga non è elencata qui.", "Altre {n} righe non sono elencate qui."),
        P::SyncWaiting => Forms::one_other("Stai lavorando offline: {n} modifica da inviare.", "Stai lavorando offline: {n} modifiche da inviare."),
        P::RecoveryText => Forms::one_other(
            "{n} parte salvata non è leggibile ed è stata messa da parte, intatta. Scaricala come \
                file di Servicebook: importalo qui con Unisci per riavere ogni record ancora \
                leggibile (il resto è nel file, così com'era salvato). Eliminala quando non serve \
                più.",
            "{n} parti salvate non sono leggibili e sono state messe da parte, intatte. Scaricale \
                come file di Servicebook: importalo qui con Unisci per riavere ogni record ancora \
                leggibile (il resto è nel file, così com'era salvato). Eliminale quando non \
                servono più.",
        ),
        P::ComplaintsShown => {
            Forms::one_other("{n} reclamo corrisponde.", "{n} reclami corrispondono.")
        }
        P::WhyComplaints => Forms::one_other(
            "{n} reclamo su {base} ({share})",
            "{n} reclami su {base} ({share})",
        ),
        P::WhyWebFeedback => Forms::one_other(
            "{n} commento dal sito su {base} ({share})",
            "{n} commenti dal sito su {base} ({share})",
        ),
        P::WhyCallCentre => Forms::one_other(
            "{n} reclamo al call center su {base} ({share})",
            "{n} reclami al call center su {base} ({share})",
        ),
        P::WhyFigure => Forms::one_other("{n} su {base} ({share})", "{n} su {base} ({share})"),
        P::EstimateText => Forms::one_other(
            "Con un solo reclamo registrato, circa {silent} clienti potrebbero non aver detto \
                nulla, e i clienti scontenti potrebbero averne parlato con {low}–{high} persone.",
            "Con {n} reclami registrati, circa {silent} clienti potrebbero non aver detto nulla, \
                e i clienti scontenti potrebbero averne parlato con {low}–{high} persone.",
        ),
        P::EraseConfirm => Forms::one_other(
            "Cancella i dati personali in {n} record",
            "Cancella i dati personali in {n} record",
        ),
        P::EraseDone => Forms::one_other(
            "Dati personali cancellati in {n} record.",
            "Dati personali cancellati in {n} record.",
        ),
        P::Points => Forms::one_other("{n} punto", "{n} punti"),
        P::InvalidCategoryLines => Forms::one_other(
            "{field}: la riga {lines} dovrebbe essere “categoria: numero”.",
            "{field}: le righe {lines} dovrebbero essere “categoria: numero”.",
        ),
        P::Participants => Forms::one_other("{n} partecipante", "{n} partecipanti"),
        P::RuleComplaints => Forms::one_other("{n} reclamo in 12 mesi", "{n} reclami in 12 mesi"),
        P::SopSteps => Forms::one_other("{n} passo", "{n} passi"),
        P::SopProblems => Forms::one_other(
            "{n} cosa da sistemare nei passi",
            "{n} cose da sistemare nei passi",
        ),
        P::MeetDue => Forms::one_other(
            "{n} ricontatto è in scadenza: richiama o incontra di nuovo il cliente.",
            "{n} ricontatti sono in scadenza: richiama o incontra di nuovo i clienti.",
        ),
        P::MeetOpen => Forms::one_other("{n} azione aperta", "{n} azioni aperte"),
    }
}
