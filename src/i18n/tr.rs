//! The interface in Turkish: a text for every key, in an exhaustive match
//! (a key left out does not compile, and the error names it).

use super::{Forms, K, P};

pub(super) const fn text(key: K) -> &'static str {
    match key {
        K::AppName => "Servicebook",
        K::SkipToContent => "İçeriğe geç",
        K::NavLabel => "Bölümler",
        K::Menu => "Menü",
        K::NavHome => "Ana sayfa",
        K::NavSelfTest => "Öz değerlendirme",
        K::NavShare => "Paylaşım ve yedekleme",
        K::Language => "Dil",
        K::LanguageNotLoaded => "Bu dil yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.",
        K::NotFoundTitle => "Sayfa bulunamadı",
        K::PageLoading => "Yükleniyor…",
        K::PageLoadFailed => {
            "Bu sayfa açılamadı. Bağlantınızı kontrol edip yeniden deneyin. \
            Kaydettiğiniz her şey yerinde duruyor."
        }
        K::TryAgain => "Yeniden dene",

        // Saving
        K::SaveNever => {
            "Henüz kaydedilmedi: değişiklikler siz çalışırken bu tarayıcıya \
            kaydedilir."
        }
        K::SavePending => "Kaydediliyor…",
        K::SavedAt => "Bu tarayıcıya kaydedildi: {time}",
        K::SaveFailedShort => "Kaydedilmedi: yukarıdaki mesaja bakın.",
        K::SaveFailed => {
            "Son değişiklikleriniz bu tarayıcıya kaydedilemedi. Hâlâ bu pencerede \
            duruyorlar; bir kopyasını saklamak için dışa aktarın."
        }
        K::QuotaFull => {
            "Bu tarayıcının depolama alanı dolu, bu yüzden son değişiklikleriniz \
            kaydedilmedi. Daha önce kaydedilen her şey güvende ve değişiklikleriniz bu pencerede \
            duruyor: korumak için çalışma kitabını şimdi dışa aktarın."
        }
        K::ReadOnly => {
            "Okunamayan veriler üzerine yazılmasın diye kaydetme durduruldu. \
            Çalışmanızı dışa aktarın, sonra Paylaşım ve yedekleme bölümüne bakın."
        }
        K::NoStorage => {
            "Bu tarayıcı Servicebook'un kaydetmesine izin vermiyor (depolama kapalı \
            ya da gizli mod). Çalışmanız yalnızca bu pencerede: kapatmadan önce dışa aktarın."
        }
        K::NoStorageShort => "Bu tarayıcıya kaydedilmiyor",
        K::ExportNow => "Şimdi dışa aktar",
        K::Dismiss => "Kapat",
        K::BackupDue => {
            "Son yedeğiniz {days} gün önce dışa aktarıldı. Tarayıcı, depolama alanını \
            temizlerse çalışmanız kaybolmasın diye şimdi bir yedek alın."
        }
        K::BackupDueNever => {
            "Bu çalışma kitabı bu tarayıcıdan hiç dışa aktarılmadı. Tarayıcı, \
            depolama alanını temizlerse çalışmanız kaybolmasın diye şimdi bir yedek alın."
        }
        K::RemindLater => "Daha sonra hatırlat",
        K::DurabilityTitle => "Çalışma kitabınızı güvende tutun",
        K::PersistGranted => "Bu tarayıcı, yer daralsa bile çalışma kitabınızı silmez.",
        K::PersistNotGranted => {
            "Bu tarayıcı, yer daralırsa ya da Servicebook'u bir süre \
            açmazsanız (Safari'de 7 gün sonra) çalışma kitabınızı silebilir; düzenli olarak yedek \
            alın."
        }
        K::ReminderLabel => "Yedek almamı hatırlat",
        K::ReminderEvery => "{days} günde bir",
        K::ReminderOff => "Hiçbir zaman",
        K::StorageCleared => {
            "Bu tarayıcının depolama alanı boş, ama daha önce burada bir çalışma \
            kitabı vardı (son kayıt: {date}). Tarayıcı, bir temizleme programı ya da bu \
            bilgisayarı kullanan biri onu silmiş. Devam etmek için en son yedeğinizi içe aktarın."
        }
        K::StorageClearedExported => {
            "Çalışma kitabı bu tarayıcıdan en son {date} tarihinde dışa \
            aktarılmıştı."
        }
        K::StorageClearedNever => {
            "Çalışma kitabı bu tarayıcıdan hiç dışa aktarılmamıştı: bir \
            çalışma arkadaşınızda kopyası varsa onu içe aktarın."
        }
        K::ImportBackup => "Yedeği içe aktar",
        K::StartAfresh => "Sıfırdan başla",
        K::WitnessLimits => {
            "Bu tarayıcı çalışma kitabını silerse Servicebook, kişisel veri \
            içermeyen küçük bir çerez sayesinde bunu bir sonraki ziyaretinizde fark eder ve sizi \
            uyarır. Çerezler de silinirse (Safari'de Servicebook'u 7 gün açmadığınızda, \"Tarama \
            verilerini temizle\" kullanıldığında ya da gizli pencerede) bunu fark edemez: o zaman \
            çalışma kitabınızı ancak dışa aktarılmış bir dosyayla geri getirebilirsiniz."
        }
        K::AutoBackupTitle => "Otomatik yedek dosyası",
        K::AutoBackupText => {
            "Servicebook bu bilgisayarda bir yedek dosyasını sürekli güncel \
            tutabilir: yerini bir kez seçmeniz yeterli; her değişiklikten birkaç saniye sonra \
            dosya yeniden yazılır. Eşitlenen bir klasöre (OneDrive, Dropbox, iCloud Drive) \
            kaydederseniz kopyası bu bilgisayarın dışında da saklanır."
        }
        K::AutoBackupChoose => "Yedek dosyasını seç…",
        K::AutoBackupOn => "Her değişiklik {name} dosyasına yazılıyor.",
        K::AutoBackupOnAt => "Her değişiklik {name} dosyasına yazılıyor (son yazma: {time}).",
        K::AutoBackupPaused => {
            "{name} yedek dosyası şu an güncellenmiyor: bu tarayıcı, dosyaya \
            yazmak için her ziyaretinizde yeniden izin istiyor."
        }
        K::AutoBackupResume => "İzin ver ve şimdi yaz",
        K::AutoBackupStop => "Durdur",
        K::AutoBackupFailed => {
            "Servicebook, {name} yedek dosyasına yazamadı ({why}). Dosyayı \
            yeniden seçin; çalışma kitabınız hâlâ bu tarayıcıda kayıtlı."
        }
        K::AutoBackupUnsupported => {
            "Bu tarayıcı bir yedek dosyasını otomatik olarak güncel \
            tutamıyor (bilgisayarda Chrome ve Edge bunu yapabiliyor); yukarıdaki hatırlatma, \
            yedek almayı unutmamanızı sağlar."
        }
        K::GoToRecovery => {
            "Okunamayanlar bir kenara ayrıldı: Paylaşım ve yedekleme bölümünden \
            indirin ya da silin."
        }
        K::ProblemManifest => {
            "Kaydedilen çalışma kitabı okunamadı (bozulmuş ya da elle \
            değiştirilmiş olabilir). Dokunulmadan bir kenara ayrıldı ve Servicebook boş bir \
            çalışma kitabıyla başladı."
        }
        K::ProblemNewer => {
            "Kaydedilen çalışma kitabı Servicebook'un daha yeni bir sürümüyle \
            yazılmış (şema {version}). Dokunulmadan bir kenara ayrıldı; daha yeni sürümle açın ya \
            da oradan dışa aktarın."
        }
        K::ProblemCannotKeep => {
            "Depolama, okunamayan verileri ayırmak için fazla dolu; onları \
            korumak için kaydetme durduruldu."
        }
        K::MergedFromOtherTab => {
            "Başka bir sekmede kaydedilen değişiklikler bu sekmeyle \
            birleştirildi."
        }

        // Home
        K::HomeTitle => "Müşteri hizmetleri planınız",
        K::HomeLead => {
            "Hizmetinizin ne durumda olduğunu öğrenin, müşterilerinizi dinleyin ve işletmenizin \
            onlara nasıl hizmet verdiğini yazıya dökün. Her şey bu tarayıcıda kalır."
        }
        K::FirstVisitTitle => "Burada yeni misiniz?",
        K::FirstVisitText => {
            "Müşteri hizmetlerinizin bugün ne durumda olduğunu öğrenmek için öz \
            değerlendirmeyle başlayın ya da her ekranın dolu hâlini görmek için küçük bir \
            dükkânın örnek çalışma kitabını açın. Örneği tek adımda silebilirsiniz."
        }
        K::NextStepsTitle => "Sıradaki adımlar",
        K::NextStepsNone => "Bekleyen bir şey yok: planınız güncel.",
        K::StepReviewDue => "Hizmet planınızı gözden geçirin (planlanan tarih: {date})",
        K::StepBackupNever => "Çalışma kitabınızın yedeğini kaydedin: henüz hiç yedek almadınız",
        K::StepFinishSelfTest => "Öz değerlendirmeyi bitirin: {total} ifadeden {n} tanesi yanıtlandı",
        K::StepTakeSelfTest => "Hizmetinizin ne durumda olduğunu görmek için öz değerlendirmeyi yapın: 25 ifade, yaklaşık on dakika",
        K::StepWeakArea => "Öz değerlendirmede zayıf kalan alan: {area} (5 üzerinden {score}). Şu maddeler üzerinde çalışın: {points}",
        K::StepLogComplaints => "Şikâyetleri kaydedin: hatırladığınız son şikâyetle başlayın",
        K::StepChooseTopThree => "Önce çözülecek üç sorunu seçin",
        K::StepDraftVision => "Vizyon çalışmasında hizmet vizyonunuzu yazın",
        K::StepSetGoals => "Vizyonunuz için ölçülebilir hedefler belirleyin",
        K::StepAdoptPoints => "Yedi politika maddenizi yazıp benimseyin (7 maddeden {n} tanesi benimsendi)",
        K::StepRetakeSelfTest => "Öz değerlendirmeyi yeniden yapın ve {date} tarihinden bu yana neyin değiştiğini görün",
        K::ResultsNextTitle => "Üzerinde çalışılacaklar",
        K::ResultsNextLead => "En zayıf iki alanınız ve bunları ele alan politika maddeleri:",
        K::OpenExample => "Örneği aç",
        K::ExampleFailed => {
            "Örnek açılamadı. Bağlantınızı kontrol edip yeniden deneyin; \
            verilerinizde hiçbir şey değişmedi."
        }
        K::OpeningExample => "Örnek açılıyor…",
        K::ExampleOpened => {
            "Örnek çalışma kitabı açıldı. Kendi çalışma kitabınıza başlamaya \
            hazır olduğunuzda onu ana sayfadan silebilirsiniz."
        }
        K::ExampleNote => "Küçük bir dükkânın örnek çalışma kitabına bakıyorsunuz.",
        K::ClearExample => "Örneği sil ve kendi çalışma kitabımı oluştur",
        K::Cleared => {
            "Çalışma kitabı temizlendi. Yanlışlıkla olduysa Paylaşım ve yedekleme \
            bölümünden geri alın."
        }
        K::YourWorkbook => "Çalışma kitabınız",
        K::BusinessName => "İşletmenin adı",
        K::Currency => "Para birimi",
        K::CurrencyNone => "Yok (simgesiz)",
        K::CurrencyHint => "Telafiler ve diğer tüm tutarlar bu para birimiyle gösterilir.",
        K::ExportedAt => "Son dışa aktarma: {time}",
        K::NeverExported => "Bu tarayıcıdan hiç dışa aktarılmadı",
        K::ShareAndBackup => "Bir çalışma arkadaşınızla paylaşın ya da yedek alın",
        K::NotTakenYet => "Henüz yapılmadı. Yaklaşık on dakika sürer: yedi alanda 25 ifade.",
        K::InProgress => "Devam eden bir öz değerlendirme var: {total} ifadeden {n} yanıtlandı.",
        K::TakenOn => "Tarih: {date}",
        K::SeeResults => "Sonuçları gör",
        K::StartSelfTest => "Öz değerlendirmeye başla",
        K::ResumeSelfTest => "Öz değerlendirmeye devam et",
        K::RetakeSelfTest => "Yeniden yap",

        // Self-test
        K::SelfTestTitle => "Müşteri hizmetleri öz değerlendirmesi",
        K::SelfTestIntro => {
            "“Müşteri hizmetleri puanınızı” bulun: işletmenizi, Forum Corporation'ın müşteri \
            hizmetleri öz değerlendirmesinden uyarlanan 25 ifadenin her biri için puanlayın. Her \
            alanın puanı, o alandaki yanıtların ortalamasıdır; yedi alanın toplamı 7 ile 35 \
            arasındadır."
        }
        K::SelfTestScale => {
            "1 hiç, 5 her zaman demektir. Yanıtlar verdiğiniz anda kaydedilir: \
            ara verip sonra devam edebilirsiniz."
        }
        K::RatingKeys => {
            "Klavyeyle: Tab tuşuyla bir ifadeden diğerine geçersiniz; puanı 1–5 tuşlarıyla ya da \
            ok tuşlarıyla seçersiniz."
        }
        K::Answered => "{total} ifadeden {n} yanıtlandı",
        K::Areas => "Alanlar",
        K::AreaOf => "Alan {n} / {total}",
        K::AreaComplete => "(tümü yanıtlandı)",
        K::AreaIncomplete => "(eksik yanıt var)",
        K::Rating1 => "Hiç",
        K::Rating2 => "Nadiren",
        K::Rating3 => "Bazen",
        K::Rating4 => "Sık sık",
        K::Rating5 => "Her zaman",
        K::Previous => "Önceki alan",
        K::NextArea => "Sonraki alan",
        K::SeeMyScore => "Puanımı gör",
        K::AnswerAllFirst => {
            "Puanı görmek için tüm ifadeleri yanıtlayın; tamamlanan alanların \
            yanında yukarıdaki listede ✓ vardır."
        }
        K::ResultsTitle => "Müşteri hizmetleri puanınız",
        K::BandAsset => "Müşteri hizmetleriniz bir kazanç",
        K::BandAssetText => {
            "28 ve üzeri: müşterilerinizin ihtiyaçlarına göre şekillenmiş, \
            duyarlı bir hizmetiniz var. Geliştirilebilecek birkaç noktaya odaklanın."
        }
        K::BandGood => "İyi, ama genel iyileştirme gerekiyor",
        K::BandGoodText => {
            "21 ile 27 arası: müşteri hizmetleriniz iyi, ama genel olarak \
            iyileştirilmesi gerekiyor."
        }
        K::BandLosing => "Muhtemelen müşteri kaybediyorsunuz",
        K::BandLosingText => {
            "20 ve altı: zayıf müşteri hizmetleri yüzünden muhtemelen müşteri \
            kaybediyorsunuz."
        }
        K::BandRule => {
            "İki düzeyin arasında kalan bir toplam, üstteki düzeyin eşiğine ulaşana kadar alttaki \
            düzeyde sayılır: 27,75 “iyi” düzeyindedir, 20,67 ise “muhtemelen müşteri \
            kaybediyorsunuz” düzeyinde."
        }
        K::RadarLabel => {
            "Yedi alan puanının radar grafiği; merkezde 1, kenarda 5; eksenler \
            alanlar gibi numaralı."
        }
        K::AreasWeakestFirst => "Alanlar, en zayıftan başlayarak",
        K::Area => "Alan",
        K::Score => "Puan",
        K::Bar => "Puan çubuğu",
        K::Note => "Not",
        K::History => "Geçmiş ve karşılaştırma",
        K::NoHistory => "Henüz tamamlanmış öz değerlendirme yok.",
        K::Trend => "Zaman içinde toplam",
        K::TrendLabel => {
            "Her öz değerlendirmenin toplam puanının zaman içindeki çizgi grafiği, \
            7'den 35'e, 21 ve 28'de çizgilerle."
        }
        K::AllTakings => "Tamamlanan tüm öz değerlendirmeler",
        K::Date => "Tarih",
        K::Total => "Toplam",
        K::Band => "Düzey",
        K::Compare => "İki sonucu karşılaştır",
        K::CompareA => "Sonuç A",
        K::CompareB => "Sonuç B",
        K::CompareNeedsTwo => "Karşılaştırmak için iki sonuç seçin.",

        // Share
        K::ShareTitle => "Paylaşım ve yedekleme",
        K::ShareLead => {
            "Çalışma kitabınız yalnızca bu tarayıcıda durur. Yedek almak ya da bir çalışma \
            arkadaşınıza e-posta veya sohbetle göndermek için dışa aktarın; onların çalışmasını \
            sizinkiyle birleştirmek için dosyalarını içe aktarın."
        }
        K::ExportTitle => "Dışa aktar",
        K::ExportText => {
            "Tüm çalışma kitabını, adında bugünün tarihi olan bir .json dosyası \
            olarak indirir."
        }
        K::ExportPersonal => {
            "Dosya, müşterilerin kişisel verileri dahil çalışma kitabındaki her \
            şeyi içerir: yalnızca görmeye yetkili kişilerle paylaşın."
        }
        K::ExportButton => "Çalışma kitabını indir (.json)",
        K::ExportAnonymisedText => {
            "Kişisel veri olmadan paylaşmak için: bu dosya müşterilerin \
            adlarını, adreslerini, telefonlarını ve e-postalarını içermez; geri kalan her şey \
            içindedir."
        }
        K::ExportAnonymisedButton => "Kişisel veriler olmadan indir (.json)",
        K::ImportTitle => "İçe aktar",
        K::ImportText => {
            "Bir Servicebook dosyası seçin ya da sayfanın herhangi bir yerine \
            bırakın. Bir şey değişmeden önce neler içerdiğini ve neyin değişeceğini göreceksiniz."
        }
        K::ImportPick => "Dosya seç…",
        K::ImportCsvElsewhere => "Şikâyetleri bir elektronik tabloda (CSV) mı tutuyorsunuz?",
        K::ImportCsvLink => "Şikâyet kaydına aktarın",
        K::UndoImport => "Son içe aktarmayı geri al",
        K::ImportRefused => "“{name}” içe aktarılmadı: {reason} Çalışma kitabınız değişmedi.",
        K::ImportedMerged => {
            "Dosya çalışma kitabınızla birleştirildi: {new}, {updated}. Paylaşım ve yedekleme \
            bölümünden geri alabilirsiniz."
        }
        K::ImportedReplaced => {
            "Çalışma kitabınızın yerini dosya aldı. Paylaşım ve yedekleme \
            bölümünden geri alabilirsiniz."
        }
        K::ImportUndone => "Son içe aktarma geri alındı.",
        K::FileEmpty => "dosya boş.",
        K::FileUnreadable => {
            "tarayıcı dosyayı okuyamadı (taşınmış olabilir ya da bir metin \
            dosyası değil)."
        }
        K::FileTooLarge => "dosya bir Servicebook çalışma kitabı olamayacak kadar büyük.",
        K::FileNotJson => {
            "bir JSON dosyası değil (metin {line}. satır, {column}. sütunda \
            bozuluyor)."
        }
        K::FileNotServicebook => "JSON, ama bir Servicebook dosyası değil.",
        K::FileNoVersion => "hangi Servicebook sürümünün yazdığını belirtmiyor.",
        K::FileNewer => {
            "Servicebook'un daha yeni bir sürümüyle yazılmış (dosya sürümü {found}; \
            bu sürüm en çok {supported} okur). Servicebook'u güncelleyin ya da aynı sürümden bir \
            dosya isteyin."
        }
        K::FileBadField => "“{path}” alanı geçerli değil ({detail}).",
        K::FileInvalid => "içeriği tutarsız ({detail}).",
        K::PreviewTitle => "“{name}” dosyasını içe aktarmadan önce",
        K::PreviewExported => "{time} tarihinde Servicebook {version} ile dışa aktarıldı.",
        K::PreviewBusiness => "İşletme: {name}",
        K::PreviewHolds => "Tamamlanan öz değerlendirmeler: {n}",
        K::PreviewMergeTitle => "Çalışma kitabımla birleştir",
        K::PreviewMerge => {
            "Sizdeki her şeyi korur; dosyadaki yenileri ekler ve dosyadaki sürüm \
            daha yeniyse onu alır."
        }
        K::PreviewReplaceTitle => "Çalışma kitabımı değiştir",
        K::MergeButton => "Birleştir",
        K::ReplaceButton => "Değiştir",
        K::Cancel => "Vazgeç",
        K::StorageTitle => "Bu tarayıcıdaki depolama",
        K::StorageUse => {
            "Bu tarayıcının bu site için ayırdığı depolama alanı {share} dolu \
            ({quota} karakterin {used} kadarı); sıkıştırılmış çalışma kitabı bunların {workbook} \
            kadarını kaplıyor."
        }
        K::MoveToTrash => "Bu sonucu çöp kutusuna taşı",
        K::DiscardTest => "Bu yarım kalan değerlendirmeyi at (çöp kutusuna gider)",
        K::StorageWarnShort => {
            "Çalışma kitabı bu tarayıcının depolama alanının {share} kadarını \
            dolduruyor. Hiçbir şey kaybolmasın diye şimdi dışa aktarın."
        }
        K::TrashTitle => "Çöp kutusu",
        K::TrashEmpty => "Çöp kutusu boş.",
        K::DeletedOn => "silindi: {date}",
        K::Restore => "Geri yükle",
        K::EmptyTrashNote => {
            "Çöp kutusunu boşaltmak bu kayıtları, içlerindeki müşteri kişisel \
            verileriyle birlikte kalıcı olarak siler. Çalışma arkadaşlarınızın kopyaları, kendi \
            çöp kutularını boşaltana kadar bunları saklar."
        }
        K::EmptyTrashNoteSynced => {
            "Çöp kutusunu boşaltmak bu kayıtları, içlerindeki müşteri kişisel verileriyle \
            birlikte burada ve sunucunuzla eşitlenen tüm cihazlarda kalıcı olarak siler. Dışa \
            aktarılmış dosyalar kendi kopyalarını saklar."
        }
        K::EmptyTrashConfirm => "Evet, kalıcı olarak sil",
        K::EmptyTrash => "Çöp kutusunu boşalt",
        K::SyncTitle => "Sunucuyla eşitleme",
        K::SyncExplain => "Çalışma kitabının tamamı her çalışma arkadaşınızın cihazında durur ve internet olmadan da kullanılabilir; değişiklikler, internet olduğunda sunucu üzerinden herkese ulaşır.",
        K::SyncUrl => "Veritabanı adresi",
        K::SyncUrlHint => "Örneğin https://couch.example.com/dukkan",
        K::SyncUser => "Kullanıcı adı",
        K::SyncPassword => "Parola",
        K::SyncConnect => "Bağlan",
        K::SyncDisconnect => "Bağlantıyı kes",
        K::SyncDisconnectNote => "Bağlantıyı kesseniz de her şey bu cihazda kalır.",
        K::SyncConnectedTo => "{url} adresine {user} olarak bağlısınız.",
        K::SyncLogIn => "Giriş yap",
        K::SyncOff => "Eşitleme kapalı.",
        K::SyncConnecting => "Bağlanıyor…",
        K::SyncSynced => "Eşitlendi: {time}.",
        K::SyncLoginNeeded => "Oturumunuzun süresi doldu, yeniden giriş yapın. Değişiklikleriniz bu cihazda duruyor; giriş yaptığınızda gönderilecek.",
        K::SyncRefused => "Eşitleme durdu: {why}.",
        K::SyncWhyNoDatabase => "böyle bir veritabanı yok",
        K::SyncWhyForbidden => "bu kullanıcının bu veritabanına erişim izni yok",
        K::SyncWhyUnexpected => "sunucu beklenmedik bir yanıt verdi",
        K::SyncShortSynced => "Eşitlendi",
        K::SyncShortOffline => "Çevrimdışı",
        K::SyncShortLogin => "Giriş yap",
        K::SyncShortRefused => "Eşitleme durdu",
        K::SyncBadUrl => "Veritabanının tam adresini yazın: https:// ile başlar ve veritabanının adıyla biter.",
        K::SyncWrongPassword => "Kullanıcı adı veya parola yanlış.",
        K::SyncLockedOut => "Çok fazla yanlış parola girildiği için sunucu bu kullanıcıyı birkaç dakikalığına kilitledi. Biraz bekleyip yeniden deneyin.",
        K::SyncUnreachable => "Sunucuya ulaşılamadı. Adresi ve internet bağlantınızı kontrol edin; sunucunun bu uygulamanın adresine de izin vermesi gerekir (CORS).",
        K::SyncFillAll => "Kullanıcı adını ve parolayı yazın.",
        K::SyncNoDatabase => "Bu sunucuda bu adla bir veritabanı yok.",
        K::SyncForbiddenUser => "Bu kullanıcının bu veritabanına erişim izni yok: sunucuyu yöneten kişiden kullanıcıyı üye olarak eklemesini isteyin.",
        K::SyncUnexpectedAnswer => "Sunucu beklenmedik bir yanıt verdi: adresi kontrol edin.",
        K::SyncPasswordNeeded => "Parolanızı yazın.",
        K::SyncRefusedTitle => "Sunucudan alınmayanlar",
        K::SyncRefusedNote => "Sunucudaki bu belgeler çalışma kitabınıza eklenmedi; bu cihazda hiçbir şey değişmedi.",
        K::SyncDocNotOurs => "Servicebook kaydı değil",
        K::SyncDocMalformed => "okunamıyor",
        K::SyncDocNewer => "Servicebook'un daha yeni bir sürümüyle yazılmış",
        K::SyncDocInvalid => "içinde geçersiz bir değer var",
        K::SyncDocServerRefused => "sunucu bu cihazdaki hâlini kabul etmedi",
        K::RecoveryTitle => "Okunamayan veriler",
        K::RecoveryDownload => "Servicebook dosyası olarak indir",
        K::RecoveryDiscard => "Sil",

        // Listen: the complaint log
        K::NavListen => "Dinleme",
        K::NavDraft => "Taslak",
        K::LogTitle => "Şikâyet kaydı",
        K::LogLead => {
            "Her şikâyeti ve yorumu sistemli biçimde kaydedin: dikkatle dinlerseniz \
            müşterileriniz neye ihtiyaç duyduklarını size söyler."
        }
        K::NewComplaint => "Yeni şikâyet",
        K::ComplaintTitle => "Şikâyet",
        K::ExportCsv => "Listeyi CSV olarak dışa aktar",
        K::CsvSeparator => "Ayırıcı",
        K::CsvSepSemicolon => "Noktalı virgül (;)",
        K::CsvSepComma => "Virgül (,)",
        K::CsvSepTab => "Sekme",
        K::CsvImport => "Elektronik tablodan içe aktar (CSV)",
        K::CsvImportLead => "Excel, LibreOffice ya da Google E-Tablolar'dan kaydedilmiş, her satırında bir şikâyet olan bir CSV dosyası seçin. Siz onaylayana kadar şikâyet kaydınızda hiçbir şey değişmez.",
        K::CsvChooseFile => "CSV dosyası seçin",
        K::CsvTooBig => "Bu dosya 5 MB'tan büyük. Daha küçük bir bölümünü kaydedip yeniden deneyin.",
        K::CsvEmpty => "Bu dosyada okunacak satır yok.",
        K::CsvUnreadable => "Bu dosya okunamadı.",
        K::CsvMappingTitle => "1. Sütunları eşleştirin",
        K::CsvMappingLead => "Her sütun başlığına göre eşleştirildi. Eşleşmeleri kontrol edin, istemediğiniz sütun için “Yok say”ı seçin. Alınma tarihi ve şikâyetin niteliği gereklidir.",
        K::CsvColumn => "Dosyanızdaki sütun",
        K::CsvFirstValue => "İlk değer",
        K::CsvGoesInto => "Aktarılacağı alan",
        K::CsvIgnore => "Yok say",
        K::CsvCheckRows => "Satırları kontrol et",
        K::CsvNeedsRequired => "Alınma tarihi için bir sütun, şikâyetin niteliği için bir sütun seçin.",
        K::CsvPreviewTitle => "2. Satırları kontrol edin",
        K::CsvDayFirst => "03/04/2026 gibi tarihler gün/ay/yıl olarak okunur (3 Nisan 2026).",
        K::CsvMonthFirst => "Dosyadaki diğer tarihler böyle yazıldığı için 03/04/2026 gibi tarihler ay/gün/yıl olarak okunur (4 Mart 2026).",
        K::CsvCutRows => "Yalnızca ilk 5.000 satır okunur; kalanını ikinci bir dosyayla içe aktarın.",
        K::CsvCutCells => "64. sütundan sonraki sütunlar ve bir hücrede 20.000 karakteri aşan metin alınmadı.",
        K::CsvLine => "Satır",
        K::CsvOutcome => "Ne olacak",
        K::CsvWillImport => "İçe aktarılacak",
        K::CsvWillSkip => "Atlanacak",
        K::CsvProblemMissing => "“{field}” boş: satır atlanacak",
        K::CsvProblemDateSkip => "“{field}”: tarih okunamadı, satır atlanacak",
        K::CsvProblemDateEmpty => "“{field}”: tarih okunamadı, boş bırakılacak",
        K::CsvProblemBefore => "“{field}” alınma tarihinden önce: boş bırakılacak",
        K::CsvProblemTooLong => "“{field}” 10.000 karakterden uzun: fazlası kesilecek",
        K::CsvProblemAmount => "Tutar okunamadı: boş bırakılacak",
        K::CsvProblemEmail => "@ içermeyen e-posta adresi: boş bırakılacak",
        K::CsvProblemUnknown => "“{field}”: değer tanınmadı, “{default}” olarak ayarlanacak",
        K::CsvProblemDuplicate => "Şikâyet kaydında zaten var: atlanacak",
        K::CsvProblemRepeated => "Önceki bir satırla aynı: atlanacak",
        K::CsvBackToColumns => "Sütunlara dön",
        K::CsvNothingToImport => "İçe aktarılabilecek satır yok.",
        K::Search => "Ara",
        K::All => "Tümü",
        K::Status => "Durum",
        K::Category => "Kategori",
        K::Channel => "Kanal",
        K::From => "Başlangıç",
        K::Until => "Bitiş",
        K::FollowUp => "Takip",
        K::Overdue => "Geciken",
        K::DueToday => "Bugün",
        K::SortBy => "Sırala",
        K::SortNewest => "Önce en yeni",
        K::SortOldest => "Önce en eski",
        K::SortFollowUp => "Sıradaki takip",
        K::ShowMore => "Daha fazla göster",
        K::NoComplaints => "Henüz kayıtlı şikâyet yok.",
        K::StatusOpen => "Açık",
        K::StatusInProgress => "İşlemde",
        K::StatusResolved => "Çözüldü",
        K::StatusFollowedUp => "Takibi yapıldı",
        K::ChannelPhone => "Telefon",
        K::ChannelEmail => "E-posta",
        K::ChannelWeb => "Web sitesi",
        K::ChannelSocial => "Sosyal medya",
        K::ChannelInPerson => "Yüz yüze",
        K::AnswerUnknown => "Bilinmiyor",
        K::AnswerYes => "Evet",
        K::AnswerNo => "Hayır",
        K::Figures => "Rakamlar",
        K::ComplaintsTotal => "Şikâyetler",
        K::StillOpen => "Açık ya da işlemde",
        K::MedianResolve => "Ortanca çözüm süresi",
        K::Hours => "{n} sa",
        K::SatisfiedShare => "Şikâyetin ele alınışından memnun",
        K::BoughtAgainShare => "Yeniden satın aldı",
        K::FollowUpsOverdue => "Geciken takipler",
        K::CompensationPaid => "Verilen telafi",
        K::EstimateTitle => "Duymadığınız şikâyetler",
        K::EstimateSource => {
            "Bir ölçüm değil, yaygın pratik kurallara dayanan bir tahmin: şikâyet eden her \
            müşteriye karşılık ortalama 26 müşteri sesini çıkarmaz, memnun kalmayan müşterilerin \
            %91'i şikâyet etmeden gider ve memnun kalmayan bir müşteri durumu 9 ile 15 kişiye \
            anlatır."
        }
        K::ByCategory => "Kategoriye göre şikâyetler",
        K::ParetoLabel => {
            "Kategoriye göre şikâyetlerin çubuk grafiği, en sık olan önce: her çubuk \
            kategorinin tüm şikâyetler içindeki payı; çizgi bu payları %100'e kadar toplar."
        }
        K::ParetoOwnShare => "Tüm şikâyetler içindeki payı",
        K::ParetoCumulative => "Birikimli pay",
        K::ParetoBarTitle => {
            "{name}: {n} (tüm şikâyetler içinde {share}); üstteki kategorilerle birlikte \
            {cumulative}"
        }
        K::EditCategories => "Kategorileri düzenle",
        K::CategoriesHelp => {
            "Her satıra bir kategori. Belirli ve üzerinde çalışılabilir \
            olsunlar: “ürün kırık geldi”, “memnun kalmadım” değil."
        }
        K::RequiredNote => {
            "* ile işaretli alanlar zorunludur. Geri kalan her şey sonra \
            doldurulabilir."
        }
        K::TheComplaint => "Şikâyet",
        K::Received => "Alındı",
        K::TakenBy => "Şikâyeti alan çalışan",
        K::Nature => "Şikâyetin niteliği",
        K::Customer => "Müşteri",
        K::PersonalDataNote => {
            "Kişisel veri: çalışma kitabını dışa aktarmadıkça bu cihazda \
            kalır."
        }
        K::CustomerName => "Ad",
        K::Phone => "Telefon",
        K::Email => "E-posta",
        K::Address => "Adres",
        K::ErasePersonal => "Bu müşterinin kişisel verilerini sil",
        K::ErasedNote => {
            "Müşterinin kişisel verileri silindi; şikâyet, anonimleştirilmiş olarak \
            kayıtlı kalıyor."
        }
        K::Erased => "(silindi)",
        K::EraseLead => {
            "Bu kayıtlarda aynı müşteri geçiyor. Başka biriyle ilgili olanların \
            işaretini kaldırın, sonra silin."
        }
        K::EraseThisComplaint => "Bu şikâyet",
        K::EraseThisMeetingNote => "Bu görüşme notu",
        K::EraseOtherComplaint => "Şikâyet",
        K::EraseMeetingNote => "Görüşme notu",
        K::EraseByName => "aynı ad",
        K::EraseByPhone => "aynı telefon",
        K::EraseByEmail => "aynı e-posta",
        K::EraseInTrash => "çöp kutusunda",
        K::Handling => "Çözüm süreci",
        K::OnTheSpot => "Yerinde çözüldü",
        K::PromisedFor => "Çözülmediyse söz verilen tarih",
        K::Resolved => "Çözüm tarihi",
        K::Solution => "Üzerinde anlaşılan çözüm",
        K::StepsNow => "Şu anda atılan adımlar",
        K::Outcome => "Telafi ve sonuç",
        K::Compensation => "Verilen telafi (türü)",
        K::Amount => "Tutar",
        K::Satisfied => "Şikâyetin ele alınışından memnun mu?",
        K::BoughtAgain => "Yeniden satın aldı mı?",
        K::Prevention => "Bu sorun gelecekte nasıl önlenir",
        K::SaveComplaint => "Şikâyeti kaydet",
        K::Print => "Yazdır",
        K::MoveToTrashShort => "Çöp kutusuna taşı",
        K::ComplaintSaved => "Şikâyet kaydedildi.",
        K::ComplaintTrashed => "Şikâyet çöp kutusuna taşındı.",
        K::Undo => "Geri al",
        K::InvalidNoNature => "Şikâyetin niteliğini yazın.",
        K::InvalidResolvedBefore => "Çözüm, şikâyetin alınmasından önce olamaz.",
        K::InvalidFollowUpBefore => "Takip, şikâyetin alınmasından önce olamaz.",
        K::InvalidAmount => "Telafi tutarı pozitif bir sayı olmalıdır.",
        K::InvalidEmail => "E-posta adresinde @ olmalıdır.",

        // Records of each part, and shared words
        K::PartSelfTests => "Öz değerlendirmeler",
        K::PartComplaints => "Şikâyetler",
        K::PartSurveys => "Anketler ve odak grupları",
        K::PartOperations => "Operasyonel rakamlar (aylar)",
        K::PartSuppliers => "Tedarikçi rakamları (aylar)",
        K::PartProblems => "Kısa listedeki sorunlar",
        K::PreviewColPart => "Ne",
        K::PreviewColFile => "Dosyada",
        K::PreviewColNew => "Yeni",
        K::PreviewColUpdated => "Dosyadan güncellenen",
        K::PreviewColKept => "Değişmeyen",
        K::PreviewNoRecords => "Dosyada kayıt yok.",
        K::ComplaintEditInTrash => {
            "Bu şikâyet başka bir pencerede çöp kutusuna taşındığı için \
            şikâyet kaydına eklenmedi. Değişiklikleriniz şikâyetle birlikte çöp kutusunda \
            duruyor."
        }
        K::RecordEditInTrash => {
            "Bu kayıt başka bir pencerede çöp kutusuna taşındı; \
            değişiklikleriniz kayıtla birlikte çöp kutusunda duruyor."
        }
        K::RestoreWithChanges => "Değişikliklerimle geri yükle",
        K::ComplaintEditRecreated => {
            "Bu şikâyet başka bir pencerede kalıcı olarak silinmişti; bu \
            pencerede düzenlediğiniz hâli yeni bir şikâyet olarak kaydedildi."
        }
        K::RecordEditRecreated => {
            "Bu kayıt başka bir pencerede kalıcı olarak silinmişti; bu \
            pencerede düzenlediğiniz hâli yeni bir kayıt olarak kaydedildi."
        }
        K::RecordSaved => "Kaydedildi.",
        K::RecordTrashed => "Çöp kutusuna taşındı.",
        K::DraftHint => "Yazdıklarınız siz yazarken bu cihazda saklanır. Bitirdiğinizde kaydedin.",
        K::DraftKept => {
            "Taslak bu cihazda saklandı ({time}). Kaydedene ya da silene kadar listede kalır."
        }
        K::DraftEditKept => {
            "Kaydedilmemiş değişiklikler bu cihazda saklandı ({time}). Bunları \
            kaydedin ya da kaydın eski hâlinde kalması için değişikliklerden vazgeçin."
        }
        K::DraftNotKept => {
            "Yazdıklarınız bu cihazda saklanamadı (depolama dolu ya da kapalı). \
            Şimdi kaydedin; yoksa bu sayfadan çıktığınızda kaybolacak."
        }
        K::BackToList => "Listeye dön",
        K::DiscardDraft => "Taslağı sil",
        K::DiscardChanges => "Değişikliklerden vazgeç",
        K::DraftNew => "yeni, henüz kaydedilmedi · {time}",
        K::DraftEdit => "kaydedilmemiş değişiklikler · {time}",
        K::DraftEditTrashed => "çöp kutusundaki bir kayıtta kaydedilmemiş değişiklikler · {time}",
        K::DraftUntitled => "Adsız taslak",
        K::DraftsTitle => "Taslaklar",
        K::DraftsSetAside => {
            "Bir taslak okunamadı ve bu cihazda bir kenara ayrıldı; başka hiçbir \
            şey değişmedi."
        }
        K::DraftDiscarded => "Taslak silindi.",
        K::Save => "Kaydet",
        K::Add => "Ekle",
        K::Merge => "Birleştir",
        K::Month => "Ay",
        K::Minutes => "dk",
        K::Seconds => "sn",
        K::ChangeUp => "{month} ile kıyasla ▲ {amount}",
        K::ChangeDown => "{month} ile kıyasla ▼ {amount}",
        K::ChangeSame => "{month} ile aynı",

        // Listen: tabs
        K::TabComplaints => "Şikâyet kaydı",
        K::TabSurveys => "Anketler",
        K::TabFigures => "Rakamlar",
        K::TabProblems => "Başlıca sorunlar",

        // Listen: surveys and focus groups
        K::SurveysTitle => "Anketler ve odak grupları",
        K::SurveysLead => {
            "İltifat değil, işe yarar bilgi toplayın: belirli geri bildirim getiren \
            açık uçlu sorular sorun, olumlu cevaba yönlendirmeyen tarafsız sorular sorun ve \
            müşterilerin bugün neye ihtiyaç duyduğunu bilmek için sık sorun. Çalışanlarla odak \
            grupları, en sık hangi müşteri sorunlarıyla karşılaştıklarını gösterir."
        }
        K::NewSurvey => "Yeni anket ya da odak grubu",
        K::SurveyTitle => "Anket ya da odak grubu",
        K::NoSurveys => {
            "Henüz anket ya da odak grubu yok. Neler sorduğunuzu ve ne öğrendiğinizi \
            kaydedin; başlıca sorunlar bunlardan yararlanabilsin."
        }
        K::SurveyWhat => "Ne ve ne zaman",
        K::SurveyKind => "Tür",
        K::KindSurvey => "Anket",
        K::KindFocusGroup => "Odak grubu",
        K::Audience => "Kiminle",
        K::AudienceCustomers => "Müşteriler",
        K::AudienceEmployees => "Çalışanlar",
        K::Participants => "Katılımcılar",
        K::SurveyName => "Ad",
        K::SurveyNameExample => "örn. Teslimattan sonra çevrimiçi anket",
        K::QuestionsAsked => "Sorulan açık uçlu sorular",
        K::QuestionsHint => {
            "Puanlar, arkasındaki nedenlerden daha az önemlidir: ne olduğunu ve \
            nedenini sorun, örneğin “Sizi satın almaktan neredeyse ne vazgeçirdi?”"
        }
        K::QuestionsOnePerLine => "Her satıra bir soru",
        K::ClosedQuestions => {
            "Bunlar evet/hayır ya da puanlama sorusu gibi görünüyor; neyi \
            değiştireceğinize dair pek az şey söylerler. Ne olduğunu ya da nedenini sormayı \
            deneyin:"
        }
        K::Learned => "Ne öğrendik",
        K::InvalidNoTitle => "Bir ad verin.",
        K::InvalidNothingLearned => "Ne öğrendiğinizi yazın.",

        // Listen: figures over time
        K::FiguresTitle => "Zaman içinde rakamlar",
        K::FiguresLead => {
            "Kendi operasyonel rakamlarınız ve tedarikçilerinizle hizmet \
            sağlayıcılarınızın bildirdikleri, ay ay; böylece bir değişiklik görünür. Buradaki her \
            rakam düştükçe iyidir."
        }
        K::OperationsTitle => "Operasyonel rakamlar",
        K::OperationsLead => {
            "İade sayısı ve iade oranı müşterilerin ürünlerinizden ne kadar \
            memnun olduğunu gösterir; bekleyen siparişler ya da stokta olmayan ürünler \
            müşterileri memnuniyetsiz bırakır; yüksek bir iç ret oranı, müşterilerin büyük \
            olasılıkla kalitesiz ürün aldığı anlamına gelir."
        }
        K::SuppliersTitle => "Tedarikçiler ve hizmet sağlayıcılar",
        K::SuppliersLead => {
            "Web sitesi yöneticisinden geri bildirimleri sınıflandırmasını, kargo \
            firmasından ilk teslimatta reddedilen siparişlerin ne sıklıkla yeniden \
            gönderildiğini, çağrı merkezinden de şikâyetleri sınıflandırmasını ve ortalama \
            bekleme süresiyle bir temsilciye ulaşmadan telefonu kapatanları bildirmesini isteyin."
        }
        K::AddMonth => "Ay ekle",
        K::NoMonths => "Henüz ay girilmedi.",
        K::MonthTwice => {
            "{months} için iki kayıt var (birleştirilen kopyalardan): en son \
            değiştirilen sayılır. Ayı açın ve diğerini çöp kutusuna taşıyın."
        }
        K::Sold => "Satılan ürün",
        K::Returns => "İadeler",
        K::ReturnRate => "İade oranı",
        K::Backlog => "Bekleyen siparişler",
        K::Range => "Ürün yelpazesindeki ürünler",
        K::OutOfStock => "Stokta olmayan ürünler",
        K::InternalRejects => "İç retler",
        K::InternalRejectsHint => {
            "Müşteriye ulaşmadan önce kontrol edilen ürünler ve bunlardan \
            reddedilenler: iç ret oranı."
        }
        K::Checked => "Kontrol edilen ürün",
        K::Rejected => "Reddedilen ürün",
        K::RejectRate => "İç ret oranı",
        K::ReturnsAndStock => "İadeler, bekleyen siparişler ve stok",
        K::Website => "Web sitesi",
        K::WebFeedback => "Web sitesi geri bildirimi",
        K::WebFeedbackByCategory => "Kategoriye göre geri bildirim",
        K::WebFeedbackIn => "Kategoriye göre web sitesi geri bildirimi, {month}",
        K::Courier => "Kargo",
        K::Shipments => "Gönderiler",
        K::Redeliveries => "Reddedilen teslimattan sonra yeniden gönderilen",
        K::RedeliveryRate => "Yeniden gönderilen payı",
        K::CallCentre => "Çağrı merkezi",
        K::CallComplaints => "Çağrı merkezi şikâyetleri",
        K::CallComplaintsByCategory => "Kategoriye göre şikâyetler ve diğer geri bildirimler",
        K::CallComplaintsIn => "Kategoriye göre çağrı merkezi şikâyetleri, {month}",
        K::Calls => "Çağrılar",
        K::HangUps => "Temsilciye ulaşmadan kapatan",
        K::HangUpRate => "Telefonu kapatanların payı",
        K::AvgWait => "Ortalama bekleme süresi",
        K::CategoryLinesHint => "Her satıra bir kategori, ardından iki nokta ve sayı.",
        K::CategoryLinesExample => "Geç teslimat: 4\nÖdeme başarısız: 2",
        K::InvalidMonth => "Ayı seçin (2026-10 gibi yıl ve ay).",
        K::MonthTaken => "{month} zaten girilmiş: değiştirmek için tablodan açın.",
        K::InvalidReturns => "İadeler satılan ürünlerden fazla olamaz.",
        K::InvalidRejects => "Reddedilen ürünler kontrol edilenlerden fazla olamaz.",
        K::InvalidOutOfStock => "Stokta olmayan ürünler yelpazedeki ürünlerden fazla olamaz.",
        K::InvalidRedeliveries => "Yeniden gönderilenler gönderilerden fazla olamaz.",
        K::InvalidHangUps => "Telefonu kapatanlar çağrılardan fazla olamaz.",
        K::InvalidWait => "Bekleme süresini tam dakika ve saniye (0–59) olarak yazın.",
        K::InvalidWholeNumber => "{field}: 0 ya da daha büyük bir tam sayı yazın.",

        // Listen: the top three problems
        K::ProblemsTitle => "Üç başlıca sorun",
        K::ProblemsLead => {
            "İç verilerinizi ve tedarikçilerden gelen verileri birleştirip müşterilerin \
            söyledikleriyle karşılaştırın. Yaygın, sonuçları etkileyen ve üzerinde çalışılabilecek \
            sorunlara odaklanın: “memnun kalmadım” değil, “ürün kırık geldi”. Onayladığınız üç \
            sorun politikanıza yön verir."
        }
        K::HomeComplaints => "Kayıttaki şikâyetler",
        K::HomeOverdue => "Geciken takipler",
        K::HomeGoalsMet => "Ulaşılan hizmet hedefleri",
        K::HomePointsAdopted => "Benimsenen politika maddeleri",
        K::HomeTopNone => {
            "Henüz seçilmedi: müşterilerin, personelin ve tedarikçilerin size \
            söylediklerinden çıkarın."
        }
        K::YourTopThree => "Üç başlıca sorununuz",
        K::TopEmpty => "Henüz seçilmedi: bu sırayı kısa listedeki bir soruna verin.",
        K::TopThreeUse => "Müşteri hizmetleri politikanız bu üçünden yola çıkar.",
        K::RankTwice => {
            "İki sorun {ranks}. sırada (birleştirilen kopyalardan): en son \
            değiştirilen gösteriliyor. Aşağıda yeniden seçin."
        }
        K::Shortlist => "Kısa liste",
        K::ShortlistLead => {
            "Her başlığı belirgin hâle getirin, aslında tek olan sorunları \
            birleştirin, sonra üçüne bir sıra verin."
        }
        K::ShortlistEmpty => {
            "Kısa liste boş: aşağıdaki listeden aday ekleyin ya da kendi \
            sorununuzu ekleyin."
        }
        K::ProblemTitle => "Sorun",
        K::DrawnFrom => "Kaynak:",
        K::PlaceInTopThree => "İlk üçteki sırası",
        K::NotInTopThree => "İlk üçte değil",
        K::SpecificCheck => "Üzerinde çalışılacak kadar net",
        K::MergeInto => "Şununla birleştir",
        K::RemoveFromShortlist => "Kısa listeden çıkar",
        K::RankRefusedVague => {
            "Üzerinde çalışmak için fazla belirsiz: neyin yanlış gittiğini yazın (“memnun \
            kalmadım” değil, “ürün kırık geldi”) ya da öyleyse “Üzerinde çalışılacak kadar net” \
            kutusunu işaretleyin."
        }
        K::RankRefusedNoTitle => "Önce soruna bir başlık verin.",
        K::AddOwnProblem => {
            "Kendi sorununuzu ekleyin (bir anketten, odak grubundan, bir \
            konuşmadan)"
        }
        K::OwnProblemExample => "örn. Müşteriler çalışma saatlerini internette bulamıyor",
        K::Candidates => "Verilerinizden adaylar",
        K::CandidatesLead => {
            "100 üzerinden puana göre sıralı: geldiği veri içinde ne kadar yaygın olduğu ({common} \
            puana kadar), ödenen telafilerdeki payı ({cost} puana kadar) ve üzerinde çalışılacak \
            kadar net olup olmadığı ({actionable})."
        }
        K::DrawnFromTime => "Dönem",
        K::Last3Months => "son 3 ay",
        K::Last12Months => "son 12 ay",
        K::AllTime => "tüm zamanlar",
        K::NoCandidates => {
            "Bu dönemde yararlanılacak bir şey yok: önce şikâyet kaydedin ya da \
            rakam girin."
        }
        K::WhyRanks => "Neden bu sırada",
        K::FoundIn => "Geldiği yer",
        K::WhyCost => "telafi olarak {amount} ödendi (tüm telafiler içinde {share})",
        K::WhyNoCost => "bunun için telafi ödenmedi",
        K::WhySpecific => "çözebileceğiniz belirgin bir sorun",
        K::WhyVague => "üzerinde çalışmak için fazla belirsiz",
        K::ScoreOf => "100 üzerinden {n} puan",
        K::AddToShortlist => "Kısa listeye ekle",
        K::AddNamedToShortlist => "Kısa listeye ekle: {name}",
        K::ProblemsMergedNotice => "İki sorun tek sorunda birleştirildi.",
        K::OnShortlist => "Kısa listede",
        K::SrcComplaints => "Şikâyet kaydı",
        K::SrcWebFeedback => "Web sitesi geri bildirimi",
        K::SrcCallCentre => "Çağrı merkezi",
        K::SrcReturns => "Satılan ürün başına iade",
        K::SrcBacklog => "Satılan ürün başına bekleyen sipariş",
        K::SrcOutOfStock => "Yelpazedeki ürün başına stokta olmayan",
        K::SrcRejects => "Kontrol edilen ürün başına iç ret",
        K::SrcRedeliveries => "Kargo: gönderi başına yeniden gönderim",
        K::SrcHangUps => "Çağrı merkezi: çağrı başına kapatma",
        K::SrcReturnsTitle => "Ürünler iade ediliyor",
        K::SrcBacklogTitle => "Siparişler karşılanmak için çok bekliyor",
        K::SrcOutOfStockTitle => "Ürünler stokta yok",
        K::SrcRejectsTitle => "Gönderimden önce kusurlu ürün bulunuyor",
        K::SrcRedeliveriesTitle => "Teslimatlar reddedilip yeniden gönderiliyor",
        K::SrcHangUpsTitle => "Arayanlar temsilciye ulaşmadan kapatıyor",

        // Draft: the vision workshop
        K::PartVisions => "Vizyon taslakları",
        K::PartGoals => "Hizmet hedefleri",
        K::TabVision => "Vizyon",
        K::TabGoals => "Hedefler",
        K::VisionTitle => "Vizyon bildirgesi",
        K::VisionLead => {
            "Vizyon, işletmenizin müşterileriyle nasıl ilişki kurmak istediğini \
            belirleyen yol gösterici ilkedir: hem günlük bir hatırlatma hem de ulaşılacak bir \
            hedef. Aşağıdaki örnek kadar sade tutun. Beş adımı izleyin; birkaç taslak tutun ve \
            birini seçin."
        }
        K::VisionExampleCaption => {
            "McDonald's'ın vizyonu: her çalışanın aklında tutabileceği dört sözcük."
        }
        K::CurrentVision => "Geçerli vizyon",
        K::NoCurrentVision => "Henüz vizyon seçilmedi.",
        K::DraftStarted => "Taslak başlangıcı: {date}",
        K::NewDraft => "Yeni taslak başlat",
        K::NoDrafts => "Henüz taslak yok.",
        K::Drafts => "Taslaklar",
        K::DraftColStarted => "Başlangıç",
        K::DraftColStatement => "Bildirge",
        K::DraftColSteps => "Tamamlanan adım",
        K::ChooseVision => "Geçerli vizyon olarak seç",
        K::CurrentBadge => "Geçerli",
        K::IsCurrentVision => "Bu sizin geçerli vizyonunuz.",
        K::CompareDrafts => "İki taslağı karşılaştır",
        K::DraftA => "Taslak A",
        K::DraftB => "Taslak B",
        K::Step => "Adım",
        K::WorkshopTitle => "Vizyon çalışması",
        K::WorkshopSteps => "Beş adım",
        K::StepSuccess => "Başarınızı hayal edin",
        K::StepSuccessHelp => {
            "Üç ila beş yıl ileriye bakın, işletmenizin başarısını hayal edin \
            ve beş maddede anlatın."
        }
        K::SuccessPoint => "Başarı maddesi {n}",
        K::StepReasons => "Müşterinin gerekçeleri",
        K::StepReasonsHelp => {
            "Şimdi bu başarının nedenlerini müşterinin bakış açısından \
            sıralayın."
        }
        K::StepSteps => "Attığınız adımlar",
        K::StepStepsHelp => {
            "O gelecekteki başarıdan geriye bakarak müşteri hizmetlerini \
            iyileştirmek için attığınız adımları sıralayın."
        }
        K::StepSummary => "Temel unsurlar",
        K::StepSummaryHelp => "Bu listelere dayanarak vizyonunuzun temel unsurlarını özetleyin.",
        K::StepStatement => "Vizyon bildirgesi",
        K::StepStatementHelp => {
            "Özetinizdeki fiilleri seçin ve onlarla kısa bir vizyon \
            bildirgesi yazın."
        }
        K::OnePerLine => "Her satıra bir tane",
        K::PickVerbs => "Özetinizdeki sözcükler: fiilleri seçin",
        K::NoSummaryYet => "Önce 4. adımda temel unsurları yazın.",
        K::NoVerbsYet => "Henüz fiil seçilmedi.",
        K::ChosenVerbs => "Seçilen fiiller: {verbs}",
        K::UnusedVerbs => "Henüz bildirgede yok: {verbs}",
        K::VisionExampleHint => "“{example}” gibi kısa",
        K::PreviousStep => "Önceki adım",
        K::NextStep => "Sonraki adım",
        K::SavedAsTyped => "Yazdıkça kaydedilir.",
        K::BackToDrafts => "Tüm taslaklar",

        // Draft: service goals
        K::GoalsTitle => "Hizmet hedefleri",
        K::GoalsLead => {
            "Ölçülebilir hedefleri vizyonunuzla ve müşterilerin ihtiyaçlarıyla uyumlu \
            hâle getirin: her birinin bir hedef değeri, birimi ve dönemi olsun. Çalışma kitabında \
            veri varsa gerçekleşen değer hesaplanır."
        }
        K::SeedGoalsText => {
            "Hemen her işletmeye uyan dört hedef: her çağrının yanıtlanacağı süre, iade edilen \
            ürünlerin payı, şikâyetinin ele alınışından memnun kalan müşterilerin payı ve \
            şikâyetten sonra yeniden satın alanların payı."
        }
        K::AddSeedGoals => "Önerilen dört hedefi ekle",
        K::GoalAnswerTime => "Her çağrının yanıtlanma süresi",
        K::GoalReturnRate => "İade edilen ürünler",
        K::GoalSatisfied => "Şikâyetinin ele alınışından memnun kalan müşteriler",
        K::GoalBoughtAgain => "Şikâyet edip yeniden satın alan müşteriler",
        K::GoalOwn => "Kendi hedefiniz",
        K::GoalMet => "Ulaşıldı",
        K::GoalMissed => "Ulaşılamadı",
        K::GoalUnknown => "Henüz veri yok",
        K::TargetIs => "Hedef: {sign} {value}",
        K::Target => "Hedef değer",
        K::Unit => "Birim",
        K::MetWhen => "Ulaşıldı sayılması için değer",
        K::AtMost => "en çok hedef kadar",
        K::AtLeast => "en az hedef kadar",
        K::Cadence => "Ölçüm dönemi",
        K::CadenceMonth => "son ay",
        K::CadenceQuarter => "son üç ay",
        K::CadenceYear => "son yıl",
        K::ActualEntered => "Gerçekleşen değer (girilen)",
        K::AddressesProblem => "Ele aldığı sorun",
        K::BasisMonth => "{month} rakamlarından",
        K::BasisEntered => "sizin girdiğiniz",
        K::BasisNone => "çalışma kitabında veri yok: gerçekleşen değeri girin",
        K::NoTargetYet => "Ne durumda olduğunuzu görmek için bir hedef değer girin.",
        K::AddOwnGoal => "Kendi hedefinizi ekleyin",
        K::OwnGoalExample => "örn. Satın almadan bir ay sonra aranan müşteriler",
        K::UnitPercent => "%",
        K::UnitSeconds => "saniye",
        K::UnitMinutes => "dakika",
        K::UnitHours => "saat",
        K::UnitDays => "gün",
        K::UnitCount => "sayı",
        K::UnitMoney => "tutar",

        // Draft: the policy
        K::PartPolicy => "Politika maddeleri",
        K::TabPolicy => "Politika",
        K::PolicyTitle => "Politika",
        K::PolicyLead => {
            "Hedeflerinizi rehber alın ve politikayı açık ve müşteri dostu yapın; \
            sonra müşterinin gözünden yeniden okuyun. Bir maddeyi benimsemeden önce \
            çalışanlarınıza danışın: müşterinin politikayla nasıl karşılaştığını çoğu zaman en \
            iyi onlar bilir."
        }
        K::WeakAreasTitle => "Öz değerlendirmenin en zayıf olduğu yerden başlayın",
        K::WeakAreaPoints => "{area} ({score}): bkz. {points}",
        K::YourPolicy => "Politikanız",
        K::Stage => "Aşama",
        K::StageDraft => "Taslak",
        K::StageProposed => "Personele önerildi",
        K::StageAdopted => "Benimsendi",
        K::AdoptNoAnswer => "Benimsemeden önce politikayı yazın.",
        K::AdoptNoFeedback => {
            "Önce çalışanlarınıza danışın: bu madde için en az bir personel \
            görüşü kaydedin."
        }
        K::StaffFeedbackN => "Personel görüşü ({n})",
        K::FeedbackBy => "Kim",
        K::FeedbackText => "Ne dedi",
        K::AddFeedback => "Görüşü ekle",

        // The rest of the plan (issue 4)
        K::TabStaff => "Personel",
        K::TabPlan => "Plan",
        K::TabDocument => "Belge",
        K::PartRules => "Kaldırılacak kurallar",
        K::PartGuidelines => "Personel yönergeleri",
        K::PartTraining => "Eğitim",
        K::PartSops => "Prosedürler",
        K::PartMeetings => "Müşteri görüşme notları",
        K::PartCheckRounds => "Kontrol listesi turları",
        K::PartPulses => "Nabız anketleri",
        K::PartMembers => "Ekip üyeleri",
        K::PartOneOnOnes => "Bire bir görüşmeler",
        K::PartEnps => "eNPS turları",
        K::CalFollowUp => "Takip: {who}",
        K::CalMeetingFollowUp => "Görüşme takibi: {who}",
        K::CalOneOnOne => "{name} ile bire bir görüşme",
        K::CalPulse => "Nabız anketi: {title}",
        K::CalReview => "Müşteri hizmetleri planını gözden geçir",
        K::CalTraining => "Eğitim: {topic}",
        K::CalTitle => "Takviminizde",
        K::CalLead => {
            "Yapılacakları Google Takvim, Outlook ya da Apple Takvim'e ekleyin: tek bir kaydı ya \
            da hepsini birden indirin, dosyayı takviminizle açın. Bir değişiklikten sonra \
            yeniden indirin: aynı kayıtlar güncellenir, iki kez eklenmez. Takiplerde müşterinin \
            adı yer alır; bunları yalnızca sizin görebildiğiniz bir takvimde tutun."
        }
        K::CalAll => "Tüm yapılacakları indir (.ics)",
        K::CalOne => "Takvime ekle",
        K::CalNone => {
            "Henüz takvime eklenecek bir şey yok: hiçbir takibin, bire bir görüşmenin, nabız \
            anketinin, plan gözden geçirmesinin ya da eğitimin tarihi yok."
        }
        K::CalName => "Servicebook: yapılacaklar",
        K::PartCategories => "Şikâyet kategorileri",
        K::PartReviews => "Plan gözden geçirmeleri",
        K::Remove => "Kaldır",
        K::NoDate => "tarih yok",
        K::Closed => "Kapalı",

        K::RulesTitle => "Sorun çıkaran kurallar",
        K::RulesLead => {
            "İşletmenizin bugün uyguladığı kuralları yazın ve her birini yol açtığı \
            şikâyet kategorilerine bağlayın. Son 12 ayda en çok şikâyete yol açan kurallar başta \
            gelir: mümkünse onları kaldırın."
        }
        K::RuleNew => "Bugün uyguladığınız bir kural",
        K::RuleNewHint => "örn. 14 günden sonra iade yok",
        K::RuleText => "Kural",
        K::RuleCategories => "Yol açtığı şikâyet kategorileri",
        K::RuleDecisionLabel => "Karar",
        K::RuleKeep => "Kalsın",
        K::RuleRemove => "Kaldırılacak",
        K::RuleRemoved => "Kaldırıldı",

        K::StaffTitle => "Personel yönergeleri ve eğitimi",
        K::StaffLead => {
            "Politika müşteriye karşı bir silah değildir (“Üzgünüm, şirket politikası \
            böyle”). Katı kurallar yerine personelinize genel yönergeler ve sorunları çözme \
            özgürlüğü verin, sonra onları yeni politika konusunda eğitin."
        }
        K::GuidelinesTitle => "Müşterinin sorununu çözmek: dört adım",
        K::GuidelinesLead => {
            "Müşterinin sorununu çözmek için dört adım, her biri bir örnekle: işletmenize uyacak \
            şekilde yeniden yazın. Politika belgesinde sizin yazdığınız hâli yer alır."
        }
        K::GuideWhatToDo => "Ne yapılır",
        K::GuideExample => "Örnek",
        K::GuideReset => "Özgün metne dön",
        K::TrainingTitle => "Eğitim planı",
        K::TrainingLead => {
            "Planı tanıtmak ve amacını açıklamak için zorunlu bir toplantı yapın, \
            sonra eğitimi düzenli toplantılara katın ve şikâyet çözme gibi belirli beceriler için \
            atölyeler düzenleyin."
        }
        K::TrainingNoKickOff => {
            "Henüz açılış toplantısı yok: planı herkese tanıtacak zorunlu \
            toplantıyı planlayın."
        }
        K::TrainingAdd => "Oturum ekle",
        K::TrainingKindLabel => "Tür",
        K::TrainingKickOff => "Açılış toplantısı (zorunlu)",
        K::TrainingMeeting => "Düzenli toplantı",
        K::TrainingWorkshop => "Atölye",
        K::TrainingTopic => "Konu",
        K::TrainingAttendees => "Kimler katılıyor",
        K::TrainingAttendeesHint => "örn. tüm personel",
        K::TrainingHeld => "Yapıldı",
        K::TrainingNotes => "Notlar",

        K::PlanTitle => "Plan: müşteriler, destek, gözden geçirme",
        K::PlanLead => {
            "Müşterilerinizin kim olduğu ve neye ihtiyaç duydukları, size ne zaman ve \
            nasıl ulaşabilecekleri, kendi başlarına nasıl çözüm bulacaklarını nasıl öğrettiğiniz \
            ve hepsini ne zaman yeniden gözden geçireceğiniz."
        }
        K::CustomerTitle => "Müşteri profili",
        K::CustomerLead => "Ortalama müşterinizin ortak özellikleri.",
        K::CustLocation => "Konum",
        K::CustLocationHint => "örn. mahalle ve yakın köyler",
        K::CustEducation => "Eğitim düzeyi",
        K::CustEducationHint => "örn. karışık; çoğu zanaatkâr",
        K::CustGender => "Cinsiyet",
        K::CustGenderHint => "örn. yaklaşık yarı yarıya",
        K::CustAge => "Yaş",
        K::CustAgeHint => "örn. çoğunlukla 35–65",
        K::CustOther => "Diğer özellikler",
        K::CustOtherHint => "örn. yürüyerek gelir, sık sık az miktarda alır",
        K::NeedsTitle => "Neye ihtiyaç duyarlar",
        K::NeedPerformance => "Üründen",
        K::NeedPerformanceHint => "Nasıl çalışmalı",
        K::NeedSupport => "Destek personelinden",
        K::NeedSupportHint => "Nasıl ilgilenilmesini isterler",
        K::NeedPrice => "Fiyat",
        K::NeedPriceHint => "Ne için ne kadar ödemeyi beklerler",
        K::NeedDurability => "Dayanıklılık",
        K::NeedDurabilityHint => "Ne kadar dayanmalı, bozulursa güvence",
        K::SupportTitle => "Destek saatleri",
        K::SupportLead => {
            "Müşterilerin personelinize ne zaman ve hangi kanallarla ulaşabileceği: \
            saatler içinde anında, dışında ise sonra (örneğin pazartesi–cuma mesai saatlerinde \
            telefon, geri kalan zamanda sohbet ve e-posta)."
        }
        K::HoursSuggested => {
            "Bu saatler yalnızca bir öneri: değiştirin ya da olduğu gibi onaylayın. Bunu \
            yapana kadar politika belgesinde yer almazlar."
        }
        K::HoursConfirm => "Saatlerimiz bunlar",
        K::HoursTitle => "Personelin anında yanıt verdiği saatler",
        K::HoursSummary => "Haftada {hours} saat: {spans}",
        K::HoursNone => "Saat girilmedi: müşteriler kimseye anında ulaşamaz.",
        K::HoursReversed => {
            "Kapanış saati açılış saatinden sonra değil: {days}. Bu günler kapalı \
            sayılır."
        }
        K::HoursOpen => "Açık",
        K::HoursFrom => "Açılış",
        K::HoursTo => "Kapanış",
        K::HoursOpenOn => "{day} açık",
        K::HoursFromOn => "{day} açılış saati",
        K::HoursToOn => "{day} kapanış saati",
        K::ChannelsTitle => "Kanallar",
        K::ChannelsLead => "Hangi kanallar anında, hangileri saat dışında hizmet verir.",
        K::NoOffHours => {
            "Saatleriniz dışında hiçbir kanal müşteri taleplerini almıyor: zamanın geri kalanı \
            için sohbet ya da e-posta ekleyin."
        }
        K::ChannelKindLabel => "Kanal",
        K::ChannelDetail => "Numara, adres ya da sayfa",
        K::ChannelDetailHint => "örn. 0212 123 45 67",
        K::ChannelReach => "Ne zaman hizmet verir",
        K::ChannelPhoneName => "Telefon",
        K::ChannelShopName => "Mağazada",
        K::ChannelChatName => "Çevrimiçi sohbet",
        K::ChannelEmailName => "E-posta",
        K::ChannelMessagingName => "Mesajlaşma uygulaması",
        K::ChannelSocialName => "Sosyal medya",
        K::ChannelOtherName => "Diğer",
        K::ReachInHours => "saatler içinde, anında",
        K::ReachOffHours => "saat dışında, sonra yanıtlanır",
        K::ReachAlways => "her zaman",
        K::AddChannel => "Kanal ekle",
        K::EducationTitle => "Müşteri eğitimi",
        K::EducationLead => {
            "Ürünlerden ne beklenmeli, temel sorunlar tek başına nasıl giderilir \
            ve gerektiğinde nasıl yardım alınır."
        }
        K::SelfHelp => "Kendi kendine çözüm",
        K::SelfHelpHint => "örn. web sitesinde ve mağazada bakım kılavuzları",
        K::GetHelp => "Nasıl yardım alınır",
        K::GetHelpHint => "örn. mağazayı arayın; fişin fotoğrafıyla e-posta gönderin",
        K::TermsTitle => "Müşteri sayfası için",
        K::TermsLead => {
            "Bunları müşterileriniz için kendi sözlerinizle yazın. Müşteri sayfasında (Belge sekmesi) yalnızca bunlar görünür, personel için tuttuğunuz notlar görünmez. İşinize uymayanları boş bırakın."
        }
        K::TermsReturns => "İade ve değişim",
        K::TermsShipping => "Kargo ve teslimat",
        K::TermsPayment => "Ödeme yöntemleri",
        K::TermsGuarantees => "Garanti",
        K::TermsComplain => "Şikâyet nasıl iletilir",
        K::TermsContact => "İletişim (adres, telefon, e-posta, web sitesi)",
        K::ReviewTitle => "Gözden geçirme döngüsü",
        K::ReviewLead => {
            "Mükemmel plan yoktur: bugün işe yarayan birkaç yıl sonra uygun \
            olmayabilir. Politika ve prosedürleri düzenli olarak gözden geçirin ve neyin \
            değiştiğini not edin."
        }
        K::ReviewOn => "Gözden geçirme tarihi",
        K::ReviewNext => "Sonraki gözden geçirme",
        K::ReviewChanged => "Son gözden geçirmeden bu yana ne değişti",
        K::ReviewChangedHint => "örn. cumartesi saatleri eklendi; iade süresi artık 30 gün",
        K::ReviewAdd => "Gözden geçirmeyi kaydet",
        K::ReviewNextOn => "sonraki: {date}",
        K::ReviewNever => {
            "Plan henüz gözden geçirilmedi. İnceledikten sonra bir gözden geçirme \
            kaydedin ve sonraki tarihi belirleyin."
        }
        K::ReviewNoNext => "Son gözden geçirme {last}; sonraki tarih belirlenmedi.",
        K::ReviewDue => {
            "Planın gözden geçirme zamanı geldi: son gözden geçirme {last} \
            tarihindeydi ve sonraki {since} için planlanmıştı."
        }
        K::ReviewScheduled => "Son gözden geçirme {last}; sonraki {next}.",
        K::ReviewInFuture => "Gözden geçirme tarihi gelecekte olamaz.",
        K::ReviewNextNotAfter => "Sonraki gözden geçirme bundan sonra olmalı.",
        K::ReviewGoThere => "Planı gözden geçir",
        K::ReviewNoDate => "Gözden geçirmenin tarihini girin.",

        K::DocPageTitle => "Politika belgesi",
        K::DocPageLead => {
            "Vizyonunuz, hedefleriniz, politikanız, yönergeleriniz, destek \
            saatleriniz ve eğitiminiz tek bir belgede; yazdırmak ya da Markdown olarak paylaşmak \
            için."
        }
        K::CustomerPageTitle => "Müşteri sayfası",
        K::CustomerPageLead => {
            "Müşterileriniz için, yukarıda seçilen dilde tek bir sayfa: iade, kargo, ödeme, garanti, şikâyet, destek saatleri ve kanalları, iletişim. Web sitenizde yayımlayın ya da yazdırıp tezgâha koyun. Yalnızca Plan sekmesinde müşteriler için yazdıklarınızı içerir."
        }
        K::CustomerPageDownload => "Müşteri sayfası (HTML)",
        K::CustomerPageEmpty => {
            "Müşteriler için henüz bir şey yok: Plan sekmesinde iade, kargo, ödeme ve iletişim bilgilerinizi yazın ya da destek saatlerinizi onaylayın."
        }
        K::CustomerPageWrite => "Müşteriler için metinleri yazın",
        K::CpTitle => "Müşteri hizmetleri",
        K::CpTitleOf => "{business} müşteri hizmetleri",
        K::CpReturns => "İade ve değişim",
        K::CpShipping => "Kargo ve teslimat",
        K::CpPayment => "Ödeme",
        K::CpGuarantees => "Garanti",
        K::CpComplain => "Şikâyetinizi nasıl iletebilirsiniz",
        K::CpSupport => "Yardım ve destek",
        K::CpHours => "Çalışma saatlerimiz",
        K::CpChannels => "Bize nasıl ulaşabilirsiniz",
        K::CpGetHelp => "Nasıl yardım alabilirsiniz",
        K::CpSelfHelp => "Kendi başınıza bulabileceğiniz yanıtlar",
        K::CpContact => "İletişim",
        K::CpUpdated => "Son güncelleme: {date}",
        K::CpReachInHours => "yukarıdaki saatlerde",
        K::CpReachOffHours => "her zaman; çalışma saatlerimizde yanıtlarız",
        K::CpReachAlways => "her zaman",
        K::DocLanguage => "Belgenin dili",
        K::DownloadMarkdown => "Markdown olarak indir",
        K::DocTitle => "Müşteri hizmetleri politikası",
        K::DocPrepared => "Hazırlanma tarihi: {date}",
        K::DocReviewed => "Son gözden geçirme: {last}",
        K::DocReviewedNext => "Son gözden geçirme: {last}; sonraki: {next}",
        K::DocVision => "Vizyonumuz",
        K::DocNoVision => "Henüz bir vizyon seçilmedi.",
        K::DocGoals => "Hizmet hedefleri",
        K::DocNoGoals => "Henüz hizmet hedefi belirlenmedi.",
        K::DocGoal => "Hedef",
        K::DocPeriod => "Ölçüm dönemi",
        K::DocNow => "Şu an",
        K::DocPolicy => "Politikamız",
        K::DocNoPolicy => "Henüz hiçbir politika maddesi yazılmadı.",
        K::DocNotAdopted => "Henüz benimsenmedi ({stage}).",
        K::DocGuidelines => "Müşterinin sorununu çözmek",
        K::DocGuidelinesLead => "Katı kurallar değil, tüm personel için genel yönergeler.",
        K::DocSupport => "Bize ne zaman ve nasıl ulaşılır",
        K::DocHoursNotConfirmed => "Destek saatleri henüz onaylanmadı.",
        K::DocNoHours => "Henüz destek saatleri belirlenmedi.",
        K::DocDay => "Gün",
        K::DocHours => "Saatler",
        K::DocChannels => "Kanallar",
        K::DocTraining => "Eğitim",
        K::DocNoTraining => "Henüz eğitim planlanmadı.",
        K::DocDate => "Tarih",

        // Run: procedures (issue 5)
        K::NavRun => "Yürütme",
        K::Yes => "evet",
        K::No => "hayır",
        K::SopTitle => "Standart işletim prosedürleri",
        K::SopLead => {
            "Rutin işlerin nasıl yapıldığını yazın; böylece her müşteriye aynı şekilde \
            davranılır ve yeni personel daha hızlı öğrenir: başlık, bölüm, amaç, kullanılan \
            terimler ve adımlar; bir adım bir karar olabilir. Akış şemasını uygulama çizer."
        }
        K::SopSearch => "Prosedürlerde ara",
        K::SopDepartment => "Bölüm",
        K::SopAllDepartments => "Tüm bölümler",
        K::SopNew => "Yeni prosedür",
        K::SopNone => {
            "Eşleşen prosedür yok. Yeni bir tane başlatın ya da aşağıdaki şablonlardan \
            birini kopyalayın."
        }
        K::SopUntitled => "Başlıksız prosedür",
        K::SopVersionOn => "{date} sürümü",
        K::SopStarters => "Kopyalayıp uyarlanacak şablonlar",
        K::SopStartersLead => "Her kopya sizindir, değiştirebilirsiniz; şablon olduğu gibi kalır.",
        K::SopCopy => "Kopyala",
        K::SopBack => "← Tüm prosedürler",
        K::SopFieldTitle => "Başlık",
        K::SopPurpose => "Amaç",
        K::SopTerms => "Terimler",
        K::SopTermsLead => {
            "Bu prosedürde geçen şirkete özgü sözcükler ve kısaltmalar, yeni biri \
            için açıklanmış hâlde."
        }
        K::SopTerm => "Terim",
        K::SopMeaning => "Anlamı",
        K::SopAddTerm => "Terim ekle",
        K::SopSteps => "Talimatlar",
        K::SopStepsLead => {
            "Sırayla adımlar. Bir adımı karar olarak işaretleyin; yanıtları başka \
            adımlara götürsün."
        }
        K::SopStepN => "Adım {n}",
        K::SopAddStep => "Adım ekle",
        K::SopDecision => "Karar",
        K::SopEndsHere => "Prosedürü bitirir",
        K::SopMoveUp => "{n}. adımı yukarı taşı",
        K::SopMoveDown => "{n}. adımı aşağı taşı",
        K::SopAnswer => "Yanıt",
        K::SopLeadsTo => "Gidilecek adım",
        K::SopAddAnswer => "Yanıt ekle",
        K::SopGoToStep => "{n}. adım",
        K::SopFlowchart => "Akış şeması",
        K::FlowStart => "Başlangıç",
        K::FlowEnd => "Bitiş",
        K::SopEmptyStep => "{n}. adımın metni yok.",
        K::SopOneAnswer => "{n}. adım tek yanıtlı bir karar: en az iki yanıt verin.",
        K::SopUnnamedAnswer => "{n}. adımın bir yanıtının adı yok.",
        K::SopMissingTarget => "{n}. adımın bir yanıtı artık olmayan bir adıma gidiyor.",
        K::SopLoopsOnItself => "{n}. adımın bir yanıtı yine {n}. adıma dönüyor.",
        K::SopUnreached => "Hiçbir şey {n}. adıma götürmüyor.",

        // Run: the team (issue 5)
        K::TabProcedures => "Prosedürler",
        K::TabTeam => "Ekip",
        K::TeamTitle => "Ekibi dinlemek",
        K::TeamLead => {
            "Personelinizin işletme hakkında ne düşündüğü ve her biriyle baş başa geçirdiğiniz \
            zaman."
        }
        K::EnpsTitle => "Çalışan Net Tavsiye Skoru (eNPS)",
        K::EnpsHow => {
            "Tavsiye edenler 9 ya da 10, pasifler 7 ya da 8, kötüleyenler 6 ya da daha az puan \
            verir. eNPS, tavsiye edenlerin payından kötüleyenlerin payının çıkarılmasıdır; −100 \
            ile +100 arasındadır. Standart ölçek 0–10'dur; bazı anketler 1–10 ölçeğini kullanır ve \
            aynı şekilde hesaplanır (1–6 kötüleyendir)."
        }
        K::EnpsAdd => "Tur ekle",
        K::EnpsAddButton => "Turu ekle",
        K::EnpsScale => "Ölçek",
        K::EnpsScale010 => "0–10 (standart)",
        K::EnpsScale110 => "1–10",
        K::EnpsAnswers => "Yanıtlar, boşlukla ayrılmış sayılar olarak",
        K::EnpsNoDate => "Turun tarihini girin.",
        K::EnpsNotNumber => "“{word}” ölçekten bir sayı değil.",
        K::EnpsOutOfScale => "Bu yanıtlar {range} ölçeğinin dışında: {values}.",
        K::EnpsNoAnswers => "En az bir yanıt yazın.",
        K::EnpsResponses => "Yanıt",
        K::EnpsPromoters => "Tavsiye edenler",
        K::EnpsPassives => "Pasifler",
        K::EnpsDetractors => "Kötüleyenler",
        K::EnpsChange => "önceki tura göre {change}",
        K::OnesTitle => "Bire bir görüşmeler",
        K::OnesLead => {
            "Ekibin her üyesiyle düzenli, özel bir sohbet neler olup bittiğine dair \
            gerçek bir fikir verir. Notlar özeldir: anonimleştirilmiş kopya onları dışarıda \
            bırakır."
        }
        K::OnesAddMember => "Ekip üyesi ekle",
        K::OnesName => "Ad",
        K::OnesRole => "Görev",
        K::OnesCadence => "Görüşme sıklığı",
        K::EveryWeek => "her hafta",
        K::EveryMonth => "her ay",
        K::EveryQuarter => "üç ayda bir",
        K::OnesNever => "Henüz bire bir görüşme yok",
        K::OnesOverdue => "{date} tarihinden beri gecikmiş",
        K::OnesDueToday => "Bugün yapılmalı",
        K::OnesNext => "Sonraki: {date}",
        K::OnesMeetingsN => "Bire bir görüşmeler ({n})",
        K::OnesNotes => "Özel notlar",
        K::OnesActions => "Kararlaştırılan adımlar, her satıra bir tane",
        K::OnesNoName => "Üyenin adını girin.",
        K::OnesNoDate => "Görüşmenin tarihini girin.",
        K::OnesLog => "Görüşmeyi kaydet",
        // Run → Meetings
        K::TabMeetings => "Görüşmeler",
        K::MeetTitle => "Müşteri görüşme notları",
        K::MeetLead => {
            "Bir müşteriyle yapılan her görüşmeyi, telefonda ya da yüz yüze, aynı \
            şablonla yazın: kim, ne zaman, konular, müşterinin söyledikleri, kararlaştırılan \
            adımlar ve ne zaman yeniden iletişim kurulacağı. Notlar saklanır ve aranabilir."
        }
        K::MeetSearch => "Notlarda ara",
        K::MeetOnlyDue => "Yalnızca zamanı gelen takipler",
        K::MeetNew => "Yeni görüşme notu",
        K::MeetNone => {
            "Eşleşen görüşme notu yok. Bir sonraki arama ya da ziyaretten sonra bir \
            tane yazın."
        }
        K::MeetNoCustomer => "Müşteri adı yok",
        K::MeetFollowUpDue => "Takip {date} tarihinden beri bekliyor",
        K::MeetFollowUpOn => "Takip: {date}",
        K::MeetFollowedUp => "Takip edildi ({date})",
        K::MeetPhone => "Telefonda",
        K::MeetInPerson => "Yüz yüze",
        K::MeetBack => "← Tüm görüşme notları",
        K::MeetNoteTitle => "Müşteriyle görüşme",
        K::MeetDate => "Ne zaman",
        K::MeetKind => "Nasıl",
        K::MeetCustomer => "Müşteri",
        K::MeetStaff => "Sizden kim görüştü",
        K::MeetNoDate => "Görüşmenin tarihini girin; önceden kaydedilen tarih korunur.",
        K::MeetTopics => "Konular",
        K::MeetFeedback => "Müşterinin geri bildirimi",
        K::MeetActions => "Yapılacaklar",
        K::MeetActionText => "Adım",
        K::MeetActionWho => "Kim",
        K::MeetActionDone => "Yapıldı",
        K::MeetAddAction => "Adım ekle",
        K::MeetFollowUp => "Takip",
        K::MeetFollowUpDate => "Takip tarihi",
        K::MeetFollowedUpCheck => "Takip yapıldı",

        // Run → Checklist
        K::TabChecklist => "Kontrol listesi",
        K::CheckTitle => "Hizmet kontrol listesi",
        K::CheckLead => {
            "Bir müşteriyle her konuşmada uyulacak maddeler. Bunları bir vardiya ya \
            da bir çalışan için işaretleyin: her tur saklanır ve hangi maddelerin aksadığını \
            görürsünüz."
        }
        K::CheckKeep => "Kontrol listesini bir vardiya ya da çalışan için işaretleyin",
        K::CheckWho => "Vardiya ya da çalışan",
        K::CheckPoints => "Uyulan maddeler",
        K::CheckTicked => "{total} maddeden {n} işaretli",
        K::CheckNote => "Not",
        K::CheckSave => "Turu kaydet",
        K::CheckNoDate => "Turun tarihini girin.",
        K::CheckNoWho => "Turun hangi vardiya ya da çalışan için olduğunu girin.",
        K::CheckHistory => "Zaman içinde",
        K::CheckNone => "Henüz tur yok: bir vardiyadan sonra yukarıdaki listeyi işaretleyin.",
        K::CheckFor => "Göster",
        K::CheckEveryone => "Tüm vardiyalar ve çalışanlar",
        K::CheckRates => "Her maddeye ne sıklıkla uyuldu",
        K::CheckTrashRound => "Çöp kutusuna taşı: {date}, {who} turu",
        K::CheckRemovePoint => "{n}. maddeyi kaldır",
        K::MeetRemoveAction => "{n}. adımı kaldır",
        K::CheckOf => "{total} turda {n} ({pct})",
        K::CheckRounds => "Turlar",
        K::CheckMissed => "Atlanan: {points}",
        K::CheckEdit => "Kontrol listesinin maddeleri",
        K::CheckEditLead => {
            "Önerilen maddelerden başlayın ve onları kendinize göre düzenleyin: ifadeyi \
            değiştirin, uymayanı çıkarın, kendi maddelerinizi ekleyin. Kaydedilmiş turlar o günkü \
            maddelerini korur."
        }
        K::CheckPointN => "Madde {n}",
        K::CheckNewPoint => "Yeni bir madde",
        K::CheckReset => "Özgün maddelere dön",
        K::CheckResetNotice => "Kontrol listesi özgün maddelerine döndü.",

        // Run → Team: the eNPS trend and pulse surveys
        K::EnpsTrendLabel => "{n} turda eNPS, {first} puandan {last} puana",
        K::PulseTitle => "Nabız anketleri",
        K::PulseLead => {
            "Ekibin ne düşündüğünü hızlıca görmek için haftalık, aylık ya da üç ayda \
            bir gönderilen, en fazla on soruluk kısa anketler. Her soru 1 (hiç) ile 5 (tamamen) \
            arasında yanıtlanır."
        }
        K::PulseNew => "Yeni nabız anketi",
        K::PulseUntitled => "Adsız anket",
        K::PulseNoRound => "Henüz tur yok",
        K::PulseDue => "Tur {date} tarihinden beri bekliyor",
        K::PulseNext => "Sonraki tur: {date}",
        K::PulseNoResults => "Henüz yanıt yok: ilk turu aşağıya girin.",
        K::PulseResultsCaption => "Her sorunun turlara göre ortalama yanıtı (1 ile 5 arası)",
        K::PulseQuestion => "Soru",
        K::PulseChange => "Değişim",
        K::PulseEnterRound => "Bir turun yanıtlarını girin",
        K::PulseRoundLead => {
            "Her soru için verilen yanıtları 1 ile 5 arasında, boşlukla ayırarak \
            yazın. Aynı tarihli bir tur, daha önce girileni değiştirir."
        }
        K::PulseBadAnswers => {
            "“{question}”: yanıtlar 1 ile 5 arasında tam sayılardır, bu yüzden \
            şu sayılamaz: {values}. Hiçbir şey kaydedilmedi."
        }
        K::PulseRoundRemoved => "Tur kaldırıldı.",
        K::PulseRemoveRound => "{date} turunu kaldır",
        K::PulseRemoveQuestion => "{n}. soruyu kaldır",
        K::PulseNoAnswers => "En az bir yanıt yazın.",
        K::PulseSaveRound => "Turu kaydet",
        K::PulseRoundsEntered => "Girilen turlar",
        K::PulseEdit => "Sorular ve sıklık",
        K::PulseName => "Başlık",
        K::PulseCadence => "Gönderim sıklığı",
        K::PulseQuestionN => "Soru {n}",
        K::PulseAddQuestion => "Soru ekle",
        K::PulseFull => {
            "Bir nabız anketinde en fazla on soru olur: insanlar yanıtlasın diye kısa \
            tutun."
        }
        K::HomeProcedures => "Yazılı prosedürler",
        K::HomeFollowUpsDue => "Zamanı gelen müşteri takipleri",
        K::HomeOnesDue => "Zamanı gelen bire bir görüşmeler",
        K::HomePulsesDue => "Zamanı gelen nabız turları",
        K::UpdateReady => {
            "Servicebook'un yeni bir sürümü hazır. Çalışmanız kaydedildi; kullanmak \
            için yeniden yükleyin."
        }
        K::UpdateReload => "Şimdi yeniden yükle",
        K::UpdateLater => "Sonra",

        // Seed 004: the service checklist (run/checklist.rs)
        K::ChecklistPolite => "Olumlu ve kibar bir tutum sürdürün",
        K::ChecklistNeverBlame => {
            "Müşteri mutsuz ya da kızgın olsa bile sorun için asla \
            müşteriyi suçlamayın"
        }
        K::ChecklistPositiveTone => "Konuşma boyunca olumlu ve iyimser bir ton koruyun",
        K::ChecklistNoEmotions => "Bir şikâyeti ele alırken duygularınıza kapılmayın",
        K::ChecklistStayCalm => {
            "Sakin kalın: nefes alın, kısa bir yürüyüş yapın ya da bir yudum \
            su için"
        }
        K::ChecklistFollowProcedure => "Şikâyet ele alma prosedürünü izleyin",

        // The team's eNPS question and starter pulse survey (run/team.rs)
        K::EnpsQuestion => "Şirketimizi başkalarına tavsiye etme olasılığınız nedir?",
        K::PulseStarterTitle => "Aylık ekip nabzı",
        K::PulseStarterWhatINeed => "Müşterilere yardım etmek için ihtiyacım olan her şey elimde",
        K::PulseStarterExpected => "Benden ne beklendiğini biliyorum",
        K::PulseStarterIdeas => "Fikirlerim dinleniyor",

        // The seed's example of a concise vision (draft/vision.rs)
        K::ExampleVision => "Kalite, hizmet, temizlik, değer.",

        // Complaint categories a new workbook starts with (listen/complaints.rs)
        K::CategoryBroken => "Ürün kırık geldi",
        K::CategoryLate => "Geç teslimat",
        K::CategoryWrongItem => "Yanlış ürün",
        K::CategoryOutOfStock => "Stokta yok",
        K::CategoryRudeStaff => "Kaba ya da ilgisiz personel",
        K::CategoryBilling => "Fatura hatası",

        // Seed 001: the customer service quotient's areas and statements (selftest/quotient.rs)
        K::CqCultureTitle => "Müşteri odaklı kültür",
        K::CqCultureLead => {
            "Şirket kültürünüz ne kadar müşteri odaklı? Müşteriyi ilk sıraya mı \
            koyuyorsunuz, yoksa kendi iç işlerinizle mi daha çok ilgileniyorsunuz?"
        }
        K::CqProductsTitle => "Ürünler ve satış materyalleri",
        K::CqProductsLead => {
            "Ürünleriniz ve satış materyalleriniz müşterilere ne ölçüde hitap \
            ediyor? İyi bir ürün kendini satmaz: ürünlerinizi müşterilerinizin isteklerine \
            uyarlamalısınız."
        }
        K::CqFeedbackTitle => "Geri bildirime yanıt",
        K::CqFeedbackLead => {
            "Müşteri geri bildirimlerine ne kadar iyi yanıt veriyorsunuz? \
            Müşteriler dinlendiklerini hissetmeli ve şikâyetleri hemen ele alınmalıdır. Geri \
            bildirimleri ücretsizdir ve son derece değerlidir: görmezden gelmeyin."
        }
        K::CqKnowledgeTitle => "Müşterilerinizi tanımak",
        K::CqKnowledgeLead => {
            "Şirketiniz ve çalışanlarınız müşterilerinizi ne kadar iyi tanıyor? \
            Onları ne kadar iyi tanırsanız hizmetinizi ihtiyaçlarına o kadar iyi \
            uyarlayabilirsiniz."
        }
        K::CqContactTitle => "İletişim kolaylığı",
        K::CqContactLead => {
            "Müşterilerin işletmenize ulaşması ne kadar kolay? Ortalama olarak \
            şikâyet eden her müşteriye karşılık 26 müşteri sessiz kalır ve memnun olmayan \
            müşterilerin %91'i şikâyet etmeden gider ve bir daha geri dönmez."
        }
        K::CqStaffTitle => "Personelin yetkinliği",
        K::CqStaffLead => {
            "Personeliniz ne kadar yetkin? Personeliniz sizinle müşterileriniz \
            arasındaki bağdır: eğitimleri ne kadar iyiyse verebilecekleri hizmet de o kadar iyi \
            olur."
        }
        K::CqImprovementTitle => "Ürünleri geliştirme",
        K::CqImprovementLead => {
            "Ürünlerinizi geliştirmek için ne kadar etkin çaba \
            gösteriyorsunuz? Müşteri hizmetlerinin son parçası, tüketicilerin ihtiyaçlarını \
            karşılayan, hatta önceden gören daha iyi bir ürünü sürekli aramaktır."
        }
        K::CqCulture1 => "Memnun müşteriler yaratmak için ne gerekiyorsa yapmaya kararlıyız.",
        K::CqCulture2 => "İşleri ilk seferde doğru yapmaya çalışırız.",
        K::CqCulture3 => {
            "İşletme sahibi olarak müşteri hizmetlerinin önemli olduğuna örnek \
            olurum."
        }
        K::CqCulture4 => "Müşterilerimizin ihtiyaçları kendi iç ihtiyaçlarımızdan daha önemlidir.",
        K::CqProducts1 => "Satış yaparken müşteriyle bir ortaklık kurmaya çalışırız.",
        K::CqProducts2 => "Reklamlarımızda sunamayacağımız şeyleri vaat etmeyiz.",
        K::CqProducts3 => {
            "Müşterilerimiz için en çok önem taşıyan özellikleri ve faydaları \
            biliriz."
        }
        K::CqProducts4 => {
            "Yeni ürün ve hizmetleri müşterilerimizden gelen bilgilere dayanarak \
            tasarlarız."
        }
        K::CqFeedback1 => "Müşteri şikâyetlerini inceleriz.",
        K::CqFeedback2 => "Müşterilerimizden sürekli geri bildirim isteriz.",
        K::CqFeedback3 => {
            "Müşteri girdilerine dayanarak hataları ortadan kaldırmanın yollarını \
            düzenli olarak ararız."
        }
        K::CqKnowledge1 => "Müşterilerimizin bizden ne beklediğini belirledik.",
        K::CqKnowledge2 => "Müşterilerimizle düzenli olarak iletişim hâlindeyiz.",
        K::CqKnowledge3 => "Tüm çalışanlar müşterilerimiz için neyin önemli olduğunu bilir.",
        K::CqContact1 => "Müşterilerimizin bizimle iş yapmasını kolaylaştırırız.",
        K::CqContact2 => "Tüm müşteri şikâyetlerini çözmek için çaba gösteririz.",
        K::CqContact3 => "Müşteriye o “vay be” duygusunu yaşatmayı teşvik ederiz.",
        K::CqStaff1 => "Çalışanlarıma saygı duyarım.",
        K::CqStaff2 => "Tüm çalışanlar ürünümüzü/hizmetimizi iyi anlar.",
        K::CqStaff3 => {
            "Tüm çalışanlar işlerini iyi yapmak için doğru araçlara ve becerilere \
            sahiptir."
        }
        K::CqStaff4 => "Tüm çalışanlar müşterinin sorunlarını çözmeye teşvik edilir.",
        K::CqStaff5 => {
            "Tüm çalışanlar müşteri memnuniyetinin kendi işlerinin bir parçası \
            olduğuna inanır."
        }
        K::CqImprovement1 => "Süreçlerimizi ve ürünlerimizi geliştirmek için sürekli çalışırız.",
        K::CqImprovement2 => {
            "Güçlü ve zayıf yönlerinden öğrenmek için başka gruplarla iş birliği \
            yaparız."
        }
        K::CqImprovement3 => "Sorunları fark ettiğimizde onları hızla çözmeye çalışırız.",

        // Seed 001, step 10: the four steps of handling a complaint (draft/plan.rs)
        K::GuideUnderstandTitle => "Sorunu anlayın",
        K::GuideUnderstandText => {
            "Müşterinin sözünü kesmeden bitirmesine izin verin, önemli noktaları not edin ve doğru \
            anladığınızdan emin olmak için ona tekrarlayın."
        }
        K::GuideUnderstandExample => {
            "“Teyit etmek için soruyorum: yeni bir ürün ve paranızın \
            iadesini istiyorsunuz, doğru mu?”"
        }
        K::GuideCauseTitle => "Nedeni belirleyin",
        K::GuideCauseText => {
            "Müşterinin ne yaptığını öğrenin, ne olması gerektiğini anlayın ve sorunu netleştirin. \
            Nedeni bulmak çoğu zaman sorumlunun müşteri değil işletme olduğunu kabul etmek \
            demektir."
        }
        K::GuideCauseExample => {
            "“Web sitemize göre sisteminizle çalışan bir cihaz sipariş \
            ettiniz. Takıp kullanabilmeniz gerekirdi, ama sitemizdeki bilgiler yanlış olmalı, \
            çünkü cihaz sisteminizle uyumlu değil.”"
        }
        K::GuideSolutionsTitle => "Çözüm önerin",
        K::GuideSolutionsText => {
            "Önce müşteriye fikrini sorun. Nasıl çözülmesini istediğini \
            biliyorsa kabul edin ya da onunla birlikte hem müşterinin hem işletmenin kabul \
            edebileceği bir plan yapın."
        }
        K::GuideSolutionsExample => "“Bunu nasıl düzeltmemizi istersiniz?”",
        K::GuideResolveTitle => "Sorunu çözün",
        K::GuideResolveText => {
            "Sorunu giderin ve müşteriye sorunun çözülme biçiminden memnun olup olmadığını sorun. \
            Özür dileyin ve mümkünse yaşadığı sıkıntıyı telafi edecek bir şey sunun."
        }
        K::GuideResolveExample => {
            "“Yaşattığımız sıkıntı için özür dilerim. Yenisi bugün yola \
            çıkıyor ve bir sonraki alışverişiniz için bu kuponu ekliyorum. Bu sizin için uygun \
            mu?”"
        }

        // Seed 001, step 9: the policy's seven points and their questions (draft/policy.rs)
        K::PolicyOverviewTitle => "Ürün ya da hizmete genel bakış",
        K::PolicyOverviewQ1 => {
            "Müşterilerin sattığınız şeyler hakkında bilgi almasını \
            olabildiğince kolaylaştıran bir politikanız var mı?"
        }
        K::PolicySpeedTitle => "Hız",
        K::PolicySpeedQ1 => "Müşterileriniz hızlı ve kolayca sipariş verebiliyor mu?",
        K::PolicySpeedQ2 => "Bilgili müşteri hizmetleri temsilcileri ulaşılabilir durumda mı?",
        K::PolicySpeedQ3 => {
            "Telefonda ve mağazada en uzun bekleme süresi nedir ve buna uymak \
            için ne gerekir?"
        }
        K::PolicyCommunicationTitle => "İletişim",
        K::PolicyCommunicationQ1 => {
            "Müşterilerinize sizden satın almak için bilmeleri gereken \
            her şeyi anlatıyor musunuz?"
        }
        K::PolicyCommunicationQ2 => "İade ve kargo politikası kolayca bulunuyor mu?",
        K::PolicyCommunicationQ3 => "Kabul edilen ödeme yöntemleri açıkça belirtiliyor mu?",
        K::PolicyCommunicationQ4 => {
            "Ek hizmetler ve garantiler müşteriyi satın almaya zorlamadan \
            açıklanıyor mu?"
        }
        K::PolicyFollowUpTitle => "Takip",
        K::PolicyFollowUpQ1 => {
            "Müşteriler satın almadan sonra yardım için ulaşabilecekleri bir \
            kişinin adını, telefonunu ve e-postasını alıyor mu?"
        }
        K::PolicyFollowUpQ2 => {
            "Hizmet ya da teslimat için bir zaman çizelgesi gösteriyor \
            musunuz?"
        }
        K::PolicyFollowUpQ3 => {
            "Teknik destek ya da başka yardımı nasıl isteyeceklerini \
            biliyorlar mı?"
        }
        K::PolicyFollowUpQ4 => "Gerekli gördüklerinde kolayca şikâyette bulunabiliyorlar mı?",
        K::PolicyComplaintsTitle => "Şikâyetler ve anlaşmazlıklar",
        K::PolicyComplaintsQ1 => "Şikâyetler hemen ele alınıyor mu?",
        K::PolicyComplaintsQ2 => {
            "Çalışanlar en iyi çözüme ulaşmak için sorunları çözmekte \
            serbest mi?"
        }
        K::PolicyComplaintsQ3 => "Üst yönetim hızla devreye giriyor mu?",
        K::PolicyComplaintsQ4 => {
            "Farklı sorunlarda müşterinin yaşadığı sıkıntı nasıl telafi ediliyor?"
        }
        K::PolicyComplaintsQ5 => {
            "Müşterinin memnun kaldığından emin olmak için takip yapılıyor \
            mu?"
        }
        K::PolicyRetentionTitle => "Müşteriyi elde tutma",
        K::PolicyRetentionQ1 => "Müşterilerinizle uzun süreli ilişkiler kuruyor musunuz?",
        K::PolicyRetentionQ2 => {
            "Memnun olduklarından emin olmak için satın almadan bir ay sonra \
            onlarla iletişime geçiyor musunuz?"
        }
        K::PolicyRetentionQ3 => {
            "Bir bülten ya da indirim kuponları müşterilerinize uygun olur \
            mu?"
        }
        K::PolicyRetentionQ4 => "Web sitenizde bir müşteri forumu yardımcı olabilir mi?",
        K::PolicySupervisionTitle => "Çalışanların denetimi",
        K::PolicySupervisionQ1 => {
            "Çalışanlarınızı iyi müşteri hizmeti vermeye teşvik ediyor \
            musunuz?"
        }
        K::PolicySupervisionQ2 => {
            "Müşteri geri bildirimlerini onlarla paylaşıyor ve standartlar \
            karşılanmadığında bunu ele alıyor musunuz?"
        }
        K::PolicySupervisionQ3 => {
            "İyi hizmet verdiklerinde onları takdir edip ödüllendiriyor \
            musunuz?"
        }

        // Starter procedures the user can copy and adapt (run/procedures.rs)
        K::SopDeptCustomerService => "Müşteri hizmetleri",
        K::SopYes => "evet",
        K::SopNo => "hayır",
        K::SopCallTitle => "Şikâyet aramasını ele almak",
        K::SopCallPurpose => {
            "Şikâyet için arayan her müşteriye aynı şekilde davranılır, sonuna \
            kadar dinlenir ve hemen yardım edilir."
        }
        K::SopCallTermLog => "Şikâyet kaydı",
        K::SopCallTermLogMeaning => "Her şikâyetin yazıldığı yer: Servicebook'un Dinleme bölümü.",
        K::SopCallStep1 => "Telefonu üç çalmadan açın; dükkânın adını ve kendi adınızı söyleyin",
        K::SopCallStep2 => {
            "Müşterinin sözünü bitirmesine izin verin; önemli noktaları not edip ona tekrarlayın"
        }
        K::SopCallStep3 => "Müşteri hattayken şikâyeti kaydedin",
        K::SopCallStep4 => "Kendiniz çözebilir misiniz?",
        K::SopCallStep5 => "Çözümde anlaşın, uygulayın ve müşterinin memnun olup olmadığını sorun",
        K::SopCallStep6 => {
            "Bir yöneticiye aktarın (bkz. “Yöneticiye aktarmak”) ve takip tarihini \
            belirleyin"
        }
        K::SopEscalateTitle => "Yöneticiye aktarmak",
        K::SopEscalatePurpose => {
            "Personelin çözemediği sorunlar, müşteri hikâyesini iki kez \
            anlatmadan, hızla çözebilecek birine ulaşır."
        }
        K::SopEscalateStep1 => "Müşteriye kimin ve ne zamana kadar geri arayacağını söyleyin",
        K::SopEscalateStep2 => "Not edilen bilgileri ve denenenleri aynı gün yöneticiye iletin",
        K::SopEscalateStep3 => "Yönetici bugün ulaşılabilir mi?",
        K::SopEscalateStep4 => "Kararı işletme sahibine bırakın",
        K::SopEscalateStep5 => "Müşteriyi geri arayıp kararı ve sunulan telafiyi bildirin",
        K::SopRefundTitle => "İade ya da değişim talebi",
        K::SopRefundPurpose => {
            "İadeler ve değişimler herkes için aynı şekilde, hızlı ve adil \
            biçimde karara bağlanır."
        }
        K::SopRefundTermReceipt => "Fiş",
        K::SopRefundTermReceiptMeaning => "Satın alma kanıtı: kâğıt, e-posta ya da kart ekstresi.",
        K::SopRefundStep1 => "Satın alma kanıtını ve ürünü kontrol edin",
        K::SopRefundStep2 => "Ürün kusurlu ya da tanıtıldığından farklı mı?",
        K::SopRefundStep3 => "Müşteriye seçim sunun: değişim ya da tam iade",
        K::SopRefundStep4 => "İade süresi içinde mi?",
        K::SopRefundStep5 => "İade politikasının dediği gibi iade edin ya da değiştirin",
        K::SopRefundStep6 => {
            "Nedenini nazikçe açıklayın ve sunabileceğiniz bir şey önerin (kupon, onarım)"
        }
    }
}

/// CLDR's rule for Turkish: `one` when n = 1, `other` for everything else;
/// for counts written without decimals, the rule English and Italian use.
pub(super) use super::one_other::{plural, CATEGORIES};

pub(super) const fn forms(key: P) -> Forms {
    match key {
        P::ProblemChunk => Forms::one_other(
            "“{part}” bölümündeki {n} kayıt okunamadı ve bir kenara ayrıldı; geri kalan her şey \
                yüklendi.",
            "“{part}” bölümündeki {n} kayıt okunamadı ve bir kenara ayrıldı; geri kalan her şey \
                yüklendi.",
        ),
        P::ProblemRebuilt => Forms::one_other(
            "Kaydedilen parçaların listesi bulunamadı ya da bozuktu; Servicebook çalışma kitabını \
                sağlam bulduğu tek parçadan yeniden oluşturdu ({records} kayıt). Son \
                değişikliklerinizi kontrol edin; en son dışa aktardığınız dosya en güvenilir \
                kopyadır.",
            "Kaydedilen parçaların listesi bulunamadı ya da bozuktu; Servicebook çalışma kitabını \
                sağlam bulduğu {n} parçadan yeniden oluşturdu ({records} kayıt). Son \
                değişikliklerinizi kontrol edin; en son dışa aktardığınız dosya en güvenilir \
                kopyadır.",
        ),
        P::ProblemMissing => Forms::one_other(
            "“{part}” bölümündeki {n} kayıt bu tarayıcının depolama alanında yok ve burada \
                kurtarılamıyor. Kaydı geri getirmek için Paylaşım ve yedekleme bölümünde, en son dışa \
                aktardığınız dosyayı Birleştir ile içe aktarın.",
            "“{part}” bölümündeki {n} kayıt bu tarayıcının depolama alanında yok ve burada \
                kurtarılamıyor. Kayıtları geri getirmek için Paylaşım ve yedekleme bölümünde, en son \
                dışa aktardığınız dosyayı Birleştir ile içe aktarın.",
        ),
        P::ProblemFromEarlier => Forms::one_other(
            "“{part}” bölümündeki {n} kayıt bozuktu ya da bulunamadı; yerine daha önce \
                kaydedilmiş bir kopyası yüklendi. Son değişikliklerinizin bu kopyada olup \
                olmadığını kontrol edin.",
            "“{part}” bölümündeki {n} kayıt bozuktu ya da bulunamadı; yerine daha önce \
                kaydedilmiş bir kopyası yüklendi. Son değişikliklerinizin bu kopyada olup \
                olmadığını kontrol edin.",
        ),
        P::MergedNew => Forms::one_other("{n} kayıt eklendi", "{n} kayıt eklendi"),
        P::MergedUpdated => Forms::one_other("{n} kayıt güncellendi", "{n} kayıt güncellendi"),
        P::StepFollowUpsOverdue => Forms::one_other("Takibi geciken müşteriyi arayın", "Takibi geciken {n} müşteriyi arayın"),
        P::StepMeetingFollowUps => Forms::one_other("Zamanı gelen müşteri görüşmesi takibini yapın", "Zamanı gelen {n} müşteri görüşmesi takibini yapın"),
        P::StepBackupDue => Forms::one_other("Yedek kopya kaydedin: sonuncusu {n} gün önce alındı", "Yedek kopya kaydedin: sonuncusu {n} gün önce alındı"),
        P::StepOnesDue => Forms::one_other("Zamanı gelen bire bir görüşmeyi yapın", "Zamanı gelen {n} bire bir görüşmeyi yapın"),
        P::StepPulsesDue => Forms::one_other("Zamanı gelen nabız turunu gönderin", "Zamanı gelen {n} nabız turunu gönderin"),
        P::EnpsOf => Forms::one_other(
            "{date}, {n} yanıt",
            "{date}, {n} yanıt",
        ),
        P::PulseAnswersN => Forms::one_other(
            "{n} yanıt",
            "{n} yanıt",
        ),
        P::PreviewReplace => Forms::one_other(
            "Dosya, {n} kayıtlı çalışma kitabınızın yerine geçer. Bu pencereyi \
            kapatana kadar geri alabilirsiniz.",
            "Dosya, {n} kayıtlı çalışma kitabınızın yerine geçer. Bu pencereyi \
            kapatana kadar geri alabilirsiniz.",
        ),
        P::BasisComplaints => Forms::one_other(
            "yanıtı bilinen {n} şikâyetten, {period}",
            "yanıtı bilinen {n} şikâyetten, {period}",
        ),
        P::CsvImportCount => Forms::one_other("{n} şikâyeti içe aktar", "{n} şikâyeti içe aktar"),
        P::CsvRowsSkipped => Forms::one_other("{n} satır atlanacak", "{n} satır atlanacak"),
        P::CsvImported => Forms::one_other("Elektronik tablodan {n} şikâyet içe aktarıldı.", "Elektronik tablodan {n} şikâyet içe aktarıldı."),
        P::CsvImportUndone => Forms::one_other("İçe aktarma geri alındı: {n} şikâyet kayıttan çıkarıldı.", "İçe aktarma geri alındı: {n} şikâyet kayıttan çıkarıldı."),
        P::CsvMoreRows => Forms::one_other("{n} satır daha burada listelenmiyor.", "{n} satır daha burada listelenmiyor."),
        P::SyncWaiting => Forms::one_other("Çevrimdışı çalışıyorsunuz: {n} değişiklik gönderilmeyi bekliyor.", "Çevrimdışı çalışıyorsunuz: {n} değişiklik gönderilmeyi bekliyor."),
        P::RecoveryText => Forms::one_other(
            "Kaydedilen {n} parça okunamadı ve dokunulmadan bir kenara ayrıldı. Bu parçayı \
                Servicebook dosyası olarak indirin: hâlâ okunabilen her kaydı geri getirmek için \
                dosyayı burada Birleştir ile içe aktarın (geri kalanı, kaydedildiği hâliyle \
                dosyanın içindedir). Artık gerekmediğinde parçayı silin.",
            "Kaydedilen {n} parça okunamadı ve dokunulmadan bir kenara ayrıldı. Bunları \
                Servicebook dosyası olarak indirin: hâlâ okunabilen her kaydı geri getirmek için \
                dosyayı burada Birleştir ile içe aktarın (geri kalanı, kaydedildiği hâliyle \
                dosyanın içindedir). Artık gerekmediğinde bunları silin.",
        ),
        P::ComplaintsShown => Forms::one_other("{n} şikâyet eşleşiyor.", "{n} şikâyet eşleşiyor."),
        P::WhyComplaints => Forms::one_other(
            "{base} şikâyetten {n} tanesi ({share})",
            "{base} şikâyetten {n} tanesi ({share})",
        ),
        P::WhyWebFeedback => Forms::one_other(
            "{base} web sitesi yorumundan {n} tanesi ({share})",
            "{base} web sitesi yorumundan {n} tanesi ({share})",
        ),
        P::WhyCallCentre => Forms::one_other(
            "{base} çağrı merkezi şikâyetinden {n} tanesi ({share})",
            "{base} çağrı merkezi şikâyetinden {n} tanesi ({share})",
        ),
        P::WhyFigure => {
            Forms::one_other("{base} içinde {n} ({share})", "{base} içinde {n} ({share})")
        }
        P::EstimateText => Forms::one_other(
            "Kaydettiğiniz tek şikâyete bakılırsa yaklaşık {silent} müşteri sesini çıkarmamış \
                olabilir; memnun kalmayan müşteriler de durumu {low} ile {high} kişiye anlatmış \
                olabilir.",
            "Kaydettiğiniz {n} şikâyete bakılırsa yaklaşık {silent} müşteri sesini çıkarmamış \
                olabilir; memnun kalmayan müşteriler de durumu {low} ile {high} kişiye anlatmış \
                olabilir.",
        ),
        P::EraseConfirm => Forms::one_other(
            "{n} kayıttaki kişisel verileri sil",
            "{n} kayıttaki kişisel verileri sil",
        ),
        P::EraseDone => Forms::one_other(
            "{n} kayıttaki kişisel veriler silindi.",
            "{n} kayıttaki kişisel veriler silindi.",
        ),
        P::Points => Forms::one_other("{n} puan", "{n} puan"),
        P::InvalidCategoryLines => Forms::one_other(
            "{field}: {lines}. satır “kategori: sayı” biçiminde olmalı.",
            "{field}: {lines}. satırlar “kategori: sayı” biçiminde olmalı.",
        ),
        P::Participants => Forms::one_other("{n} katılımcı", "{n} katılımcı"),
        P::RuleComplaints => Forms::one_other("12 ayda {n} şikâyet", "12 ayda {n} şikâyet"),
        P::SopSteps => Forms::one_other("{n} adım", "{n} adım"),
        P::SopProblems => Forms::one_other(
            "Adımlarda düzeltilecek {n} şey",
            "Adımlarda düzeltilecek {n} şey",
        ),
        P::MeetDue => Forms::one_other(
            "{n} takibin zamanı geldi: müşteriyi yeniden arayın ya da onunla görüşün.",
            "{n} takibin zamanı geldi: müşterileri yeniden arayın ya da onlarla görüşün.",
        ),
        P::MeetOpen => Forms::one_other("{n} açık adım", "{n} açık adım"),
    }
}
