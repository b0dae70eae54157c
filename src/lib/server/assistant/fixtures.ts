/** A tiny multilingual content fixture for the specs (not real content). */
import type { AssistantRecord } from './index';

export const FIXTURE_RECORDS: AssistantRecord[] = [
	// apply
	{
		slug: 'apply-for-benefit',
		locale: 'nl',
		title: 'Bijstand aanvragen',
		answer:
			'Vraag bijstand aan via **werk.nl** en neem binnen drie dagen contact op met de gemeente.',
		phrasings: [
			'hoe vraag ik bijstand aan',
			'uitkering aanvragen',
			'waar meld ik me voor bijstand',
			'bijstand aanvragen werk.nl',
			'ik heb geen inkomen meer wat nu'
		]
	},
	{
		slug: 'apply-for-benefit',
		locale: 'en',
		title: 'Applying for social assistance',
		answer: 'Apply online at werk.nl, then contact the municipality within three days.',
		phrasings: [
			'how do i apply for benefit',
			'apply for bijstand',
			'where can i request social assistance',
			'sign up for welfare',
			'no income what now'
		]
	},
	{
		slug: 'apply-for-benefit',
		locale: 'ar',
		title: 'طلب المساعدة الاجتماعية',
		answer: 'قدّم طلبك عبر werk.nl ثم اتصل بالبلدية خلال ثلاثة أيام.',
		phrasings: [
			'كيف اقدم طلب مساعدة',
			'بدي اطلب بيستاند',
			'وين بقدم على المساعدة الاجتماعية',
			'طلب bijstand',
			'ما عندي دخل شو اعمل'
		]
	},
	{
		slug: 'apply-for-benefit',
		locale: 'ti',
		title: 'ሓገዝ ገንዘብ ምሕታት',
		answer: 'ብwerk.nl ሕተቱ፣ ድሕሪኡ ኣብ ውሽጢ ሰለስተ መዓልቲ ንgemeente ርኸቡ።',
		phrasings: ['bijstand ከመይ ይሕተት', 'ሓገዝ ገንዘብ ክሓትት እደሊ', 'ኣታዊ የብለይን እንታይ ክገብር']
	},
	// appointment
	{
		slug: 'book-appointment',
		locale: 'nl',
		title: 'Afspraak maken of verzetten',
		answer:
			'Je kunt een afspraak boeken, verzetten of annuleren in het portaal en toevoegen aan je agenda.',
		phrasings: [
			'afspraak maken',
			'hoe annuleer ik mijn afspraak',
			'afspraak verzetten',
			'afspraak in mijn agenda zetten',
			'nieuwe afspraak plannen'
		]
	},
	{
		slug: 'book-appointment',
		locale: 'en',
		title: 'Booking an appointment',
		answer: 'Book, move or cancel an appointment in the portal and add it to your calendar.',
		phrasings: [
			'how do i book an appointment',
			'cancel my appointment',
			'reschedule appointment',
			'add appointment to calendar',
			'change the time of my appointment'
		]
	},
	{
		slug: 'book-appointment',
		locale: 'ar',
		title: 'حجز موعد',
		answer: 'يمكنك حجز موعد أو تغييره أو إلغاؤه في البوابة.',
		phrasings: [
			'كيف احجز موعد',
			'بدي الغي موعدي',
			'تغيير الموعد',
			'اضافة الموعد للتقويم',
			'بدي اجل الموعد'
		]
	},
	{
		slug: 'book-appointment',
		locale: 'ti',
		title: 'ቆጸራ ምሓዝ',
		answer: 'ቆጸራ ኣብዚ ፖርታል ክትሕዙ፣ ክትቕይሩ ወይ ክትስርዙ ትኽእሉ።',
		phrasings: ['ቆጸራ ከመይ ይሕዝ', 'ቆጸራይ ክሰርዞ እደሊ', 'ቆጸራ ምቕያር']
	},
	// missed appointment
	{
		slug: 'missed-appointment',
		locale: 'nl',
		title: 'Afspraak gemist',
		answer:
			'Kun je niet komen, meld het zo snel mogelijk. Vaak wegblijven zonder reden kan leiden tot een maatregel.',
		phrasings: [
			'ik heb mijn afspraak gemist',
			'ik kan niet komen',
			'ik ben ziek en kan niet naar de afspraak',
			'afspraak vergeten wat nu',
			'te laat voor mijn afspraak'
		]
	},
	{
		slug: 'missed-appointment',
		locale: 'en',
		title: 'Missed an appointment',
		answer:
			'If you cannot come, tell us as soon as possible. Staying away without reason can lead to a measure.',
		phrasings: [
			'i missed my appointment',
			'i cannot come to my appointment',
			'i am sick and cannot come',
			'forgot my appointment',
			'late for my appointment'
		]
	},
	{
		slug: 'missed-appointment',
		locale: 'ar',
		title: 'فاتني الموعد',
		answer: 'إذا لم تستطع الحضور أخبرنا بسرعة.',
		phrasings: [
			'فاتني الموعد',
			'ما بقدر اجي عالموعد',
			'انا مريض وما بقدر احضر',
			'نسيت موعدي',
			'تاخرت على الموعد'
		]
	},
	{
		slug: 'missed-appointment',
		locale: 'ti',
		title: 'ቆጸራ ሓሊፉኒ',
		answer: 'ክትመጹ እንተዘይክኢልኩም ቀልጢፍኩም ሓብሩ።',
		phrasings: ['ቆጸራ ሓሊፉኒ', 'ክመጽእ ኣይክእልን', 'ሓሚመ ናብ ቆጸራ ክመጽእ ኣይክእልን']
	},
	// language requirement
	{
		slug: 'language-requirement',
		locale: 'nl',
		title: 'De taaleis',
		answer:
			'Wie bijstand krijgt, moet voldoende Nederlands spreken of leren (taaleis). De gemeente helpt met taallessen.',
		phrasings: [
			'wat is de taaleis',
			'moet ik nederlands leren',
			'ik spreek geen nederlands',
			'taalcursus nederlands',
			'nederlandse taal verplicht'
		]
	},
	{
		slug: 'language-requirement',
		locale: 'en',
		title: 'The language requirement',
		answer:
			'People on benefit must speak or learn enough Dutch. The municipality helps with lessons.',
		phrasings: [
			'what is the language requirement',
			'do i have to learn dutch',
			'i do not speak dutch',
			'dutch lessons',
			'dutch language mandatory'
		]
	},
	{
		slug: 'language-requirement',
		locale: 'ar',
		title: 'شرط اللغة',
		answer: 'يجب تعلم اللغة الهولندية. البلدية تساعدك بالدروس.',
		phrasings: [
			'شو هو شرط اللغة',
			'لازم اتعلم هولندي',
			'ما بحكي هولندي',
			'دروس لغة هولندية',
			'taaleis شو يعني'
		]
	},
	{
		slug: 'language-requirement',
		locale: 'ti',
		title: 'ናይ ቋንቋ ግዴታ',
		answer: 'ሆላንድኛ ክትመሃሩ ኣለኩም።',
		phrasings: ['ሆላንድኛ ክመሃር ኣለኒ ድዩ', 'taaleis እንታይ እዩ', 'ቋንቋ ምምሃር']
	}
];
