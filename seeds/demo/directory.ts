import type { TI18nText } from "@/db/schema";
import type { TListingSpec, TLocationSpec, TScheduleSpec } from "@/tests/factories/directory";

/**
 * Demo directory: fictional but realistic VCSE listings across all 16 LAPs and all eight domains. Addresses are
 * made up; postcodes use real sectors so distance search works. Loaded outside production only.
 */
export const directoryOrganisations = [
  { slug: "corby-wellbeing-cafe", name: "Corby Community Wellbeing Café", website: "https://corby-cafe.example.org", email: "hello@corby-cafe.example.org", phone: "01536 000101" },
  { slug: "kettering-walking-friends", name: "Kettering Walking Friends", website: "https://walkingfriends.example.org", email: "walks@walkingfriends.example.org", phone: "01536 000202" },
  { slug: "polska-kettering", name: "Polish Community Association Kettering", website: "https://polska-kettering.example.org", email: "kontakt@polska-kettering.example.org", phone: "01536 000303" },
  { slug: "nene-mind-matters", name: "Nene Mind Matters", website: "https://mindmatters.example.org", email: "support@mindmatters.example.org", phone: "01604 000404" },
  { slug: "money-advice-northants", name: "Money Advice Northants", website: "https://moneyadvice.example.org", email: "advice@moneyadvice.example.org", phone: "0300 000 0505" },
  { slug: "northants-housing-help", name: "Northants Housing Help", website: "https://housinghelp.example.org", email: "help@housinghelp.example.org", phone: "01604 000606" },
  { slug: "nene-valley-jobs", name: "Nene Valley Job Club", website: "https://jobclub.example.org", email: "jobs@jobclub.example.org", phone: "01933 000707" },
  { slug: "recovery-circle", name: "Recovery Circle Northants", website: "https://recoverycircle.example.org", email: "circle@recoverycircle.example.org", phone: "01604 000808" },
  { slug: "rainbow-northants", name: "Rainbow Northants", website: "https://rainbow.example.org", email: "hi@rainbow.example.org", phone: "01604 000909" },
  { slug: "heart-lung-support", name: "Heart and Lung Support Northants", website: "https://heartlung.example.org", email: "groups@heartlung.example.org", phone: "01604 001010" },
  { slug: "communities-together", name: "Northamptonshire Communities Together", website: "https://together.example.org", email: "health@together.example.org", phone: "01604 001111" },
  { slug: "smokefree-northants", name: "Smokefree Northants Pharmacies", website: "https://smokefree.example.org", email: "quit@smokefree.example.org", phone: "0800 000 1212" },
  { slug: "active-ageing", name: "Active Ageing Northants", website: "https://activeageing.example.org", email: "move@activeageing.example.org", phone: "01536 001313" },
  { slug: "somali-womens-network", name: "Somali Women's Network Northampton", website: "https://somaliwomen.example.org", email: "salaan@somaliwomen.example.org", phone: "01604 001414" },
] as const;

type TVenue = { town: string; sector: string; library: string; hall: string };
/** One library and one community hall per LAP, in a real postcode sector of that LAP. */
const venues: Record<string, TVenue> = {
  W01: { town: "Northampton", sector: "NN1 3", library: "Northampton Central Library", hall: "Guildhall Road Community Rooms" },
  W02: { town: "Northampton", sector: "NN2 6", library: "Kingsthorpe Library", hall: "Kingsthorpe Village Hall" },
  W03: { town: "Northampton", sector: "NN3 3", library: "Weston Favell Library", hall: "Lings Community Centre" },
  W04: { town: "Northampton", sector: "NN4 6", library: "Far Cotton Library", hall: "Delapre Community Hub" },
  W05: { town: "Northampton", sector: "NN5 5", library: "St James Library", hall: "Duston Community Centre" },
  W06: { town: "Daventry", sector: "NN11 4", library: "Daventry Library", hall: "Daventry Community Centre" },
  W07: { town: "Towcester", sector: "NN12 6", library: "Towcester Library", hall: "Towcester Methodist Hall" },
  W08: { town: "Brackley", sector: "NN13 6", library: "Brackley Library", hall: "Brackley Town Hall Rooms" },
  W09: { town: "Brixworth", sector: "NN6 9", library: "Brixworth Library", hall: "Brixworth Village Hall" },
  N01: { town: "Corby", sector: "NN17 1", library: "Corby Library", hall: "Corby Cube Community Rooms" },
  N02: { town: "Kettering", sector: "NN16 8", library: "Kettering Library", hall: "Kettering Community Centre" },
  N03: { town: "Wellingborough", sector: "NN8 1", library: "Wellingborough Library", hall: "Castle Fields Community Hall" },
  N04: { town: "Rushden", sector: "NN10 6", library: "Rushden Library", hall: "Rushden Community Hub" },
  N05: { town: "Oundle", sector: "PE8 4", library: "Oundle Library", hall: "Oundle Queen Victoria Hall" },
  N06: { town: "Rothwell", sector: "NN14 6", library: "Rothwell Library", hall: "Rothwell Market Hall" },
  N07: { town: "Raunds", sector: "NN9 6", library: "Raunds Library", hall: "Raunds Community Centre" },
};
const lapCodes = Object.keys(venues);

const stepFreeText: TI18nText = {
  en: "Step-free entrance, lift to all floors, accessible toilet and a hearing loop at reception.",
  pl: "Wejście bez schodów, winda na wszystkie piętra, toaleta dla osób z niepełnosprawnościami i pętla indukcyjna w recepcji.",
  ur: "بغیر سیڑھی کے داخلہ، تمام منزلوں کے لیے لفٹ، معذور افراد کے لیے بیت الخلا اور استقبالیہ پر ہیئرنگ لوپ۔",
};
const hallAccess: TI18nText = { en: "Ground-floor room with level access. Accessible toilet. Ask us if you need a quiet space." };
const transportText = (town: string): TI18nText => ({ en: `In ${town} town centre, five minutes' walk from the main bus stops. Free parking nearby for two hours.` });

function venue(lap: string, kind: "library" | "hall", org: string): TLocationSpec {
  const v = venues[lap]!;
  const unit = kind === "library" ? "AA" : "BD";
  return {
    slug: `${org}-${lap.toLowerCase()}-${kind}`,
    name: kind === "library" ? v.library : v.hall,
    address1: kind === "library" ? "1 Library Street" : "12 Hall Lane",
    city: v.town,
    postcode: `${v.sector}${unit}`,
    accessibility: kind === "library" ? stepFreeText : hallAccess,
    transport: transportText(v.town),
    stepFree: true,
    hearingLoop: kind === "library",
    accessibleToilet: true,
  };
}

type TTemplate = {
  key: string;
  org: (typeof directoryOrganisations)[number]["slug"];
  laps: string[];
  venue: "library" | "hall";
  name: (town: string) => TI18nText;
  description: (town: string) => TI18nText;
  terms: string[];
  languages: string[];
  schedules: Omit<TScheduleSpec, "at">[];
  extra?: Partial<TListingSpec>;
};

const joinByPhone = (phone: string): TI18nText => ({
  en: `Just turn up, or call ${phone} first if you would like someone to meet you at the door. Advisors and GPs can refer you through the portal.`,
});

const templates: TTemplate[] = [
  {
    key: "wellbeing-cafe",
    org: "corby-wellbeing-cafe",
    laps: ["N01", "N02", "N03", "N04", "N05", "W01", "W06", "W07", "W08"],
    venue: "library",
    name: (town) => ({ en: `${town} Wellbeing Café`, pl: `Kawiarenka dobrostanu w ${town}`, ro: `Cafeneaua de bunăstare ${town}`, ur: `${town} ویل بیئنگ کیفے` }),
    description: (town) => ({
      en: `A friendly drop-in in ${town} for anyone feeling low, lonely or stressed. Have a cup of tea, talk to trained volunteers and find out what else is on locally. No appointment needed.`,
      pl: `Przyjazne miejsce w ${town} dla każdego, kto czuje się przygnębiony, samotny lub zestresowany. Napij się herbaty, porozmawiaj z przeszkolonymi wolontariuszami i dowiedz się, co jeszcze dzieje się w okolicy. Bez zapisów.`,
      ro: `Un loc primitor în ${town} pentru oricine se simte trist, singur sau stresat. Beți un ceai, vorbiți cu voluntari instruiți și aflați ce altceva se întâmplă în zonă. Nu este nevoie de programare.`,
      ur: `${town} میں ہر اس شخص کے لیے ایک دوستانہ جگہ جو اداس، تنہا یا پریشان محسوس کرتا ہو۔ چائے پئیں، تربیت یافتہ رضاکاروں سے بات کریں اور جانیں کہ مقامی طور پر اور کیا ہو رہا ہے۔ ملاقات کا وقت لینے کی ضرورت نہیں۔`,
    }),
    terms: ["wellbeing-cafe", "emotional", "social"],
    languages: ["en"],
    schedules: [
      { byday: "WE", opensAt: "10:00", closesAt: "12:30" },
      { byday: "FR", opensAt: "14:00", closesAt: "16:00" },
    ],
  },
  {
    key: "walking-group",
    org: "kettering-walking-friends",
    laps: ["N02", "N06", "N03", "W09"],
    venue: "hall",
    name: (town) => ({ en: `${town} Health Walks` }),
    description: (town) => ({
      en: `Gentle, led walks of 30 to 60 minutes around ${town} at a pace that suits the group. A good way to get more active, lose weight and meet people. Wear comfortable shoes.`,
    }),
    terms: ["physical-activity", "weight", "social"],
    languages: ["en"],
    schedules: [
      { byday: "MO", opensAt: "10:00", closesAt: "11:00" },
      { byday: "TH", opensAt: "18:00", closesAt: "19:00" },
    ],
  },
  {
    key: "polish-weight-group",
    org: "polska-kettering",
    laps: ["N02"],
    venue: "hall",
    name: () => ({ en: "Healthy Weight Group in Polish (Zdrowa Waga)", pl: "Zdrowa Waga – grupa zdrowej wagi po polsku" }),
    description: () => ({
      en: "A 12-week weight management group run in Polish by a trained health coach: healthy eating on a budget, Polish recipes made lighter, and a weekly weigh-in. Friends and family welcome.",
      pl: "12-tygodniowa grupa kontroli wagi prowadzona po polsku przez przeszkolonego trenera zdrowia: zdrowe odżywianie przy niewielkim budżecie, lżejsze polskie przepisy i cotygodniowe ważenie. Rodzina i przyjaciele mile widziani.",
    }),
    terms: ["weight", "course"],
    languages: ["pl", "en"],
    schedules: [{ byday: "TU", opensAt: "18:30", closesAt: "20:00" }],
    extra: {
      minimumAge: 18,
      applicationProcess: { en: "Call or email to book a place, or ask your advisor to refer you.", pl: "Zadzwoń lub napisz e-mail, aby zarezerwować miejsce, albo poproś doradcę o skierowanie." },
    },
  },
  {
    key: "stop-smoking-clinic",
    org: "smokefree-northants",
    laps: ["W01", "W03", "W05", "N01", "N03", "N07"],
    venue: "library",
    name: (town) => ({ en: `${town} Stop Smoking Drop-in`, pl: `Punkt pomocy w rzucaniu palenia – ${town}` }),
    description: (town) => ({
      en: `Free one-to-one support from a stop smoking adviser in ${town}, with nicotine replacement or vapes for 12 weeks. You are three times more likely to quit with support.`,
      pl: `Bezpłatne indywidualne wsparcie doradcy ds. rzucania palenia w ${town}, z nikotynową terapią zastępczą lub e-papierosami przez 12 tygodni. Ze wsparciem masz trzy razy większą szansę na rzucenie palenia.`,
    }),
    terms: ["smoking", "advice"],
    languages: ["en", "pl"],
    schedules: [
      { byday: "TU", opensAt: "09:30", closesAt: "12:00" },
      { byday: "TH", opensAt: "16:00", closesAt: "19:00" },
    ],
    extra: { minimumAge: 12 },
  },
  {
    key: "money-advice",
    org: "money-advice-northants",
    laps: ["W02", "W04", "N02", "N04", "N06"],
    venue: "library",
    name: (town) => ({ en: `Money and Debt Advice, ${town}`, ro: `Consiliere pentru bani și datorii, ${town}` }),
    description: (town) => ({
      en: `Confidential advice in ${town} on debt, benefits, energy bills and budgeting. Bring any letters you have. Interpreters can be booked.`,
      ro: `Consiliere confidențială în ${town} despre datorii, beneficii sociale, facturi la energie și buget. Aduceți scrisorile pe care le aveți. Se pot rezerva interpreți.`,
    }),
    terms: ["money", "advice"],
    languages: ["en", "ro", "pl"],
    schedules: [{ byday: "MO", opensAt: "13:00", closesAt: "16:00" }, { byday: "WE", opensAt: "09:00", closesAt: "17:00", attendingType: "phone" }],
    extra: { acceptingReferrals: true, waitWeeks: 2 },
  },
  {
    key: "housing-surgery",
    org: "northants-housing-help",
    laps: ["W01", "W05", "W06", "N01", "N03"],
    venue: "hall",
    name: (town) => ({ en: `Housing Advice Surgery, ${town}` }),
    description: (town) => ({
      en: `Help in ${town} if you are worried about losing your home, have problems with a landlord or repairs, or need to apply for social housing.`,
    }),
    terms: ["housing", "advice"],
    languages: ["en"],
    schedules: [{ byday: "TH", opensAt: "10:00", closesAt: "13:00" }],
    extra: { waitWeeks: 1 },
  },
  {
    key: "job-club",
    org: "nene-valley-jobs",
    laps: ["N03", "N04", "N07", "W02", "W08"],
    venue: "library",
    name: (town) => ({ en: `${town} Job Club` }),
    description: (town) => ({
      en: `Weekly job club in ${town}: CVs, applications, interview practice and free computer use. Also help to find adult learning courses and volunteering.`,
    }),
    terms: ["employment", "course"],
    languages: ["en", "lt", "ro"],
    schedules: [{ byday: "TU", opensAt: "10:00", closesAt: "12:00" }],
    extra: { minimumAge: 16 },
  },
  {
    key: "recovery-circle",
    org: "recovery-circle",
    laps: ["W01", "W03", "N01", "N02", "N03"],
    venue: "hall",
    name: (town) => ({ en: `Recovery Circle ${town}: alcohol peer support` }),
    description: (town) => ({
      en: `A peer support group in ${town} for people who want to cut down or stop drinking, led by people in recovery. Confidential and non-judgemental.`,
    }),
    terms: ["alcohol", "peer-support"],
    languages: ["en"],
    schedules: [{ byday: "MO", opensAt: "19:00", closesAt: "20:30" }],
    extra: { minimumAge: 18 },
  },
  {
    key: "lgbtq-social",
    org: "rainbow-northants",
    laps: ["W01", "W06", "N02", "N05"],
    venue: "hall",
    name: (town) => ({ en: `Rainbow Social ${town} (LGBTQ+ group)` }),
    description: (town) => ({ en: `A relaxed social evening in ${town} for LGBTQ+ adults and anyone questioning. Games, chat and peer support in a safe space.` }),
    terms: ["lgbtq-group", "social", "emotional"],
    languages: ["en"],
    schedules: [{ byday: "FR", opensAt: "18:30", closesAt: "21:00" }],
    extra: { minimumAge: 18 },
  },
  {
    key: "heart-hub",
    org: "heart-lung-support",
    laps: ["W04", "N01", "N04"],
    venue: "hall",
    name: (town) => ({ en: `${town} Healthy Heart Hub` }),
    description: (town) => ({ en: `Free blood pressure checks, advice on heart health and a monthly heart failure peer support group in ${town}.` }),
    terms: ["healthy-heart-hub", "peer-support", "community-screening"],
    languages: ["en"],
    schedules: [{ byday: "SA", opensAt: "10:00", closesAt: "13:00" }],
  },
  {
    key: "breathing-space",
    org: "heart-lung-support",
    laps: ["W05", "N06"],
    venue: "hall",
    name: (town) => ({ en: `Breathing Space ${town} (COPD peer support)` }),
    description: (town) => ({ en: `Singing for lung health, breathing exercises and peer support in ${town} for people living with COPD and other lung conditions.` }),
    terms: ["peer-support", "physical-activity"],
    languages: ["en"],
    schedules: [{ byday: "WE", opensAt: "14:00", closesAt: "15:30" }],
  },
  {
    key: "crisis-cafe",
    org: "nene-mind-matters",
    laps: ["W01", "N01", "N02"],
    venue: "hall",
    name: (town) => ({ en: `${town} Crisis Café`, pl: `Kawiarnia kryzysowa – ${town}`, ur: `${town} بحرانی کیفے` }),
    description: (town) => ({
      en: `An evening safe space in ${town} if you are struggling with your mental health and need to talk to someone now. Walk in; no referral needed.`,
      pl: `Wieczorne bezpieczne miejsce w ${town}, jeśli zmagasz się ze zdrowiem psychicznym i potrzebujesz teraz z kimś porozmawiać. Wejdź bez skierowania.`,
      ur: `${town} میں شام کے وقت ایک محفوظ جگہ، اگر آپ ذہنی صحت کے مسائل سے گزر رہے ہیں اور ابھی کسی سے بات کرنا چاہتے ہیں۔ بغیر ریفرل کے آئیں۔`,
    }),
    terms: ["crisis-cafe", "emotional"],
    languages: ["en", "pl", "ur"],
    schedules: [
      { byday: "FR", opensAt: "18:00", closesAt: "23:00" },
      { byday: "SA", opensAt: "18:00", closesAt: "23:00" },
      { byday: "SU", opensAt: "18:00", closesAt: "23:00" },
    ],
  },
  {
    key: "community-screening",
    org: "communities-together",
    laps: ["W02", "W03", "N03"],
    venue: "hall",
    name: (town) => ({ en: `Community Health Checks, ${town}`, so: `Baaritaanka Caafimaadka Bulshada, ${town}` }),
    description: (town) => ({
      en: `Free health checks in ${town} for Black and minority ethnic communities: blood pressure, diabetes risk and cholesterol, with advice on what to do next.`,
      so: `Baaritaan caafimaad oo bilaash ah oo ${town} loogu talagalay bulshooyinka madow iyo kuwa laga tirada badan yahay: cadaadiska dhiigga, khatarta sonkorowga iyo kolestaroolka, iyo talo ku saabsan waxa xiga.`,
    }),
    terms: ["community-screening", "weight"],
    languages: ["en", "so", "ur"],
    schedules: [{ byday: "SA", opensAt: "11:00", closesAt: "15:00" }],
    extra: { minimumAge: 18 },
  },
  {
    key: "chair-exercise",
    org: "active-ageing",
    laps: ["W07", "W09", "N05", "N07"],
    venue: "hall",
    name: (town) => ({ en: `Chair-based Exercise, ${town}` }),
    description: (town) => ({ en: `Seated exercise classes in ${town} for older people and anyone with limited mobility, to build strength and balance. Tea afterwards.` }),
    terms: ["physical-activity", "social"],
    languages: ["en"],
    schedules: [{ byday: "TH", opensAt: "10:30", closesAt: "11:30" }],
    extra: { minimumAge: 60, isFree: false, feesDescription: { en: "£2 a session; the first session is free." } },
  },
  {
    key: "healthy-steps",
    org: "kettering-walking-friends",
    laps: ["W04", "W08", "N04", "N07"],
    venue: "library",
    name: (town) => ({ en: `Healthy Steps weight course, ${town}` }),
    description: (town) => ({ en: `A 10-week course in ${town} on healthy eating, portion sizes and getting active, with a short walk each week.` }),
    terms: ["weight", "course", "physical-activity"],
    languages: ["en"],
    schedules: [{ byday: "WE", opensAt: "18:00", closesAt: "19:30" }],
    extra: { minimumAge: 18, acceptingReferrals: false, waitWeeks: 6 },
  },
];

/** Single listings that do not repeat per town. */
const singles: TListingSpec[] = [
  {
    slug: "online-mindfulness",
    organisationSlug: "nene-mind-matters",
    name: { en: "Online Mindfulness Course", pl: "Kurs uważności online", ro: "Curs de mindfulness online", lt: "Sąmoningumo kursai internetu", ru: "Онлайн-курс осознанности", pt: "Curso de mindfulness online", so: "Koorsada feejignaanta ee khadka tooska ah", ur: "آن لائن مائنڈفلنس کورس" },
    description: {
      en: "Eight weekly online sessions to help manage stress, worry and low mood. Join from home by video call.",
      pl: "Osiem cotygodniowych spotkań online, które pomagają radzić sobie ze stresem, zamartwianiem się i obniżonym nastrojem. Dołącz z domu przez wideorozmowę.",
    },
    terms: ["emotional", "course"],
    languages: ["en"],
    lapCodes,
    locations: [],
    schedules: [{ byday: "MO", opensAt: "19:00", closesAt: "20:00", attendingType: "online" }],
    minimumAge: 18,
    url: "https://mindmatters.example.org/mindfulness",
  },
  {
    slug: "somali-womens-wellbeing",
    organisationSlug: "somali-womens-network",
    name: { en: "Somali Women's Wellbeing Group", so: "Kooxda Wanaagga Haweenka Soomaaliyeed" },
    description: {
      en: "A weekly group for Somali women in Northampton: exercise, healthy cooking, help with forms and a chance to talk.",
      so: "Koox toddobaadle ah oo loogu talagalay haweenka Soomaaliyeed ee Northampton: jimicsi, karinta cunto caafimaad leh, caawimaad foomamka iyo fursad lagu sheekaysto.",
    },
    terms: ["social", "weight", "peer-support"],
    languages: ["so", "en"],
    lapCodes: ["W01", "W03"],
    locations: [venue("W03", "hall", "somali-womens-network")],
    schedules: [{ byday: "SA", opensAt: "10:00", closesAt: "12:00" }],
    eligibilityDescription: { en: "Women only.", so: "Haween keliya." },
  },
  {
    slug: "urdu-diabetes-peer-support",
    organisationSlug: "communities-together",
    name: { en: "Diabetes Peer Support in Urdu and Punjabi", ur: "اردو اور پنجابی میں ذیابیطس معاونتی گروپ" },
    description: {
      en: "Share tips on living well with type 2 diabetes, healthy South Asian cooking and staying active, in Urdu, Punjabi and English.",
      ur: "ٹائپ 2 ذیابیطس کے ساتھ اچھی زندگی، صحت مند جنوبی ایشیائی کھانوں اور متحرک رہنے کے بارے میں اردو، پنجابی اور انگریزی میں تجربات کا تبادلہ کریں۔",
    },
    terms: ["peer-support", "weight"],
    languages: ["ur", "pa", "en"],
    lapCodes: ["W01", "W05"],
    locations: [venue("W05", "hall", "communities-together")],
    schedules: [{ byday: "TU", opensAt: "11:00", closesAt: "13:00" }],
  },
  {
    slug: "youth-wellbeing-dropin",
    organisationSlug: "nene-mind-matters",
    name: { en: "Young People's Wellbeing Drop-in" },
    description: { en: "For 11 to 18 year olds in Wellingborough: talk to a youth worker about anything that is worrying you, after school." },
    terms: ["emotional", "social"],
    languages: ["en"],
    lapCodes: ["N03"],
    locations: [venue("N03", "library", "nene-mind-matters")],
    schedules: [{ byday: "TH", opensAt: "15:30", closesAt: "17:30" }],
    minimumAge: 11,
    maximumAge: 18,
  },
  {
    slug: "kettering-walking-friends-temporarily-closed",
    organisationSlug: "kettering-walking-friends",
    name: { en: "Burton Latimer Riverside Walk" },
    description: { en: "A flat riverside walk for beginners. Paused while the path is repaired." },
    terms: ["physical-activity", "social"],
    languages: ["en"],
    lapCodes: ["N02"],
    locations: [{ slug: "kwf-burton-latimer", name: "Burton Latimer Library", address1: "Church Street", city: "Burton Latimer", postcode: "NN15 5AA" }],
    schedules: [{ byday: "SA", opensAt: "09:30", closesAt: "10:30" }],
    status: "temporarily_closed",
  },
];

const ago = (months: number) => new Date(Date.now() - months * 30 * 24 * 3600 * 1000);

export function demoListings(): TListingSpec[] {
  const list: TListingSpec[] = [];
  let n = 0;
  for (const t of templates) {
    const org = directoryOrganisations.find((o) => o.slug === t.org)!;
    for (const lap of t.laps) {
      const town = venues[lap]!.town;
      const location = venue(lap, t.venue, t.org);
      n++;
      list.push({
        slug: `${t.key}-${lap.toLowerCase()}`,
        organisationSlug: t.org,
        name: t.name(town),
        description: t.description(town),
        terms: t.terms,
        languages: t.languages,
        lapCodes: [lap],
        locations: [location],
        schedules: t.schedules.map((s) => ({ ...s, at: (s.attendingType ?? "in_person") === "in_person" ? location.slug : undefined })),
        phone: org.phone,
        email: org.email,
        url: org.website,
        applicationProcess: joinByPhone(org.phone),
        // A few listings were last confirmed long ago, so the "may be out of date" notice has something to show.
        assuredAt: n % 9 === 0 ? ago(9) : ago(n % 5),
        contact: { name: "Duty coordinator", phone: org.phone, email: org.email },
        ...t.extra,
      });
    }
  }
  return [...list, ...singles.map((s) => ({ ...s, assuredAt: s.assuredAt ?? ago(1) }))];
}
