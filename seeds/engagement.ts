import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { consultationQuestions, consultations, engagementThemes, type TI18nText, type TQuestionOption } from "@/db/schema";

type TThemeSeed = { slug: string; kind: "big-idea" | "wellbeing-domain" | "lybl-ambition"; name: TI18nText; keywords: Record<string, string[]> };

/** The theme taxonomy (reference data). Themes an admin has edited (illustrative = false) are left alone. */
export async function seedEngagementThemes(db: TDbOrTx) {
  const file = JSON.parse(readFileSync(path.join(process.cwd(), "seeds", "reference", "engagement-themes.json"), "utf8")) as { themes: TThemeSeed[] };
  let order = 0;
  for (const t of file.themes) {
    await db
      .insert(engagementThemes)
      .values({ slug: t.slug, kind: t.kind, name: t.name, keywords: t.keywords, sortOrder: order++ })
      .onConflictDoUpdate({
        target: engagementThemes.slug,
        set: {
          name: sql`case when ${engagementThemes.illustrative} then excluded.name else ${engagementThemes.name} end`,
          keywords: sql`case when ${engagementThemes.illustrative} then excluded.keywords else ${engagementThemes.keywords} end`,
          sortOrder: sql`excluded.sort_order`,
        },
      });
  }
  return file.themes.length;
}

const L = ["en", "pl", "ro", "lt", "ru", "pt", "so", "ur"] as const;
const t = (...xs: string[]): TI18nText => Object.fromEntries(L.map((l, i) => [l, xs[i]!])) as TI18nText;

type TDemoQuestion = { key: string; type: "idea" | "single" | "multiple" | "rating"; prompt: TI18nText; options?: TQuestionOption[]; required?: boolean; showIf?: { key: string; value: string } };
type TDemoConsultation = { slug: string; title: TI18nText; summary: TI18nText; background: TI18nText; targetLapCodes: string[]; closesInDays: number; questions: TDemoQuestion[] };

export const demoConsultations: TDemoConsultation[] = [
  {
    slug: "big-ideas-north-northamptonshire",
    title: t(
      "Your Big Ideas for wellbeing in North Northamptonshire",
      "Twoje wielkie pomysły na dobre samopoczucie w North Northamptonshire",
      "Ideile tale mari pentru bunăstare în North Northamptonshire",
      "Jūsų didžiosios idėjos apie gerovę North Northamptonshire",
      "Ваши большие идеи о благополучии в Северном Нортгемптоншире",
      "As suas grandes ideias para o bem-estar em North Northamptonshire",
      "Fikradahaaga waaweyn ee fayoobida North Northamptonshire",
      "نارتھ نارتھمپٹن شائر میں بہبود کے لیے آپ کے بڑے خیالات",
    ),
    summary: t(
      "Tell us one thing that would make life healthier and happier where you live.",
      "Powiedz nam o jednej rzeczy, która sprawiłaby, że życie w Twojej okolicy byłoby zdrowsze i szczęśliwsze.",
      "Spune-ne un lucru care ar face viața mai sănătoasă și mai fericită acolo unde locuiești.",
      "Papasakokite mums apie vieną dalyką, kuris jūsų gyvenamojoje vietoje padarytų gyvenimą sveikesnį ir laimingesnį.",
      "Расскажите нам об одной вещи, которая сделала бы жизнь там, где вы живёте, здоровее и счастливее.",
      "Diga-nos uma coisa que tornaria a vida mais saudável e feliz onde vive.",
      "Noo sheeg hal shay oo nolosha ka dhigi lahaa mid caafimaad badan oo farxad badan meesha aad ku nooshahay.",
      "ہمیں ایک ایسی چیز بتائیں جو آپ کے علاقے میں زندگی کو زیادہ صحت مند اور خوشگوار بنا دے۔",
    ),
    background: t(
      "The Local Area Partnerships for Corby, Kettering and Wellingborough will use your ideas to set their priorities for next year. We publish every idea after a check, and we will tell you what we did.",
      "Lokalne partnerstwa dla Corby, Kettering i Wellingborough wykorzystają Twoje pomysły, aby ustalić priorytety na przyszły rok. Publikujemy każdy pomysł po sprawdzeniu i powiemy Ci, co zrobiliśmy.",
      "Parteneriatele locale din Corby, Kettering și Wellingborough vor folosi ideile tale pentru a-și stabili prioritățile pentru anul viitor. Publicăm fiecare idee după o verificare și îți vom spune ce am făcut.",
      "Corby, Kettering ir Wellingborough vietos partnerystės panaudos jūsų idėjas nustatydamos kitų metų prioritetus. Kiekvieną idėją paskelbiame po patikrinimo ir pranešime, ką padarėme.",
      "Местные партнёрства Корби, Кеттеринга и Веллингборо используют ваши идеи, чтобы определить приоритеты на следующий год. Мы публикуем каждую идею после проверки и расскажем вам, что мы сделали.",
      "As parcerias locais de Corby, Kettering e Wellingborough vão usar as suas ideias para definir as prioridades do próximo ano. Publicamos cada ideia depois de uma verificação e vamos dizer-lhe o que fizemos.",
      "Iskaashiyada deegaanka ee Corby, Kettering iyo Wellingborough waxay fikradahaaga u isticmaali doonaan inay dejiyaan mudnaantooda sannadka soo socda. Fikrad kasta waan daabacnaa marka la hubiyo kadib, waxaana kuu sheegi doonnaa waxa aan qabannay.",
      "کوربی، کیٹرنگ اور ویلنگبرو کی مقامی شراکتیں اگلے سال کی ترجیحات طے کرنے کے لیے آپ کے خیالات استعمال کریں گی۔ ہم ہر خیال کو جانچ کے بعد شائع کرتے ہیں، اور آپ کو بتائیں گے کہ ہم نے کیا کیا۔",
    ),
    targetLapCodes: ["N01", "N02", "N03"],
    closesInDays: 60,
    questions: [
      {
        key: "idea",
        type: "idea",
        required: true,
        prompt: t(
          "What is your Big Idea?",
          "Jaki jest Twój wielki pomysł?",
          "Care este ideea ta mare?",
          "Kokia jūsų didžioji idėja?",
          "Какая у вас большая идея?",
          "Qual é a sua grande ideia?",
          "Waa maxay fikradaada weyn?",
          "آپ کا بڑا خیال کیا ہے؟",
        ),
      },
      {
        key: "uses",
        type: "single",
        prompt: t(
          "Have you used a wellbeing service in the last year?",
          "Czy w ostatnim roku korzystałeś(-aś) z usługi wsparcia dobrego samopoczucia?",
          "Ai folosit un serviciu de bunăstare în ultimul an?",
          "Ar per pastaruosius metus naudojotės gerovės paslauga?",
          "Пользовались ли вы услугами по благополучию за последний год?",
          "Utilizou algum serviço de bem-estar no último ano?",
          "Miyaad isticmaashay adeeg fayoobi sannadkii la soo dhaafay?",
          "کیا آپ نے پچھلے سال بہبود کی کوئی سروس استعمال کی؟",
        ),
        options: [
          { value: "yes", label: t("Yes", "Tak", "Da", "Taip", "Да", "Sim", "Haa", "ہاں") },
          { value: "no", label: t("No", "Nie", "Nu", "Ne", "Нет", "Não", "Maya", "نہیں") },
        ],
      },
      {
        key: "how",
        type: "multiple",
        showIf: { key: "uses", value: "yes" },
        prompt: t(
          "How did you get in touch?",
          "W jaki sposób się skontaktowałeś(-aś)?",
          "Cum ai luat legătura?",
          "Kaip susisiekėte?",
          "Как вы с ними связались?",
          "Como entrou em contacto?",
          "Sidee ayaad ula xiriirtay?",
          "آپ نے کیسے رابطہ کیا؟",
        ),
        options: [
          { value: "online", label: t("Online", "Przez internet", "Online", "Internetu", "Онлайн", "Online", "Internetka", "آن لائن") },
          { value: "phone", label: t("By phone", "Telefonicznie", "La telefon", "Telefonu", "По телефону", "Por telefone", "Taleefan", "فون پر") },
          { value: "in-person", label: t("In person", "Osobiście", "În persoană", "Asmeniškai", "Лично", "Pessoalmente", "Qof ahaan", "ذاتی طور پر") },
        ],
      },
      {
        key: "rating",
        type: "rating",
        prompt: t(
          "How good is your area as a place to live well? (1 poor, 5 excellent)",
          "Jak dobre jest Twoje otoczenie do dobrego życia? (1 słabe, 5 doskonałe)",
          "Cât de bună este zona ta pentru un trai bun? (1 slabă, 5 excelentă)",
          "Kiek jūsų vietovė tinkama gerai gyventi? (1 prastai, 5 puikiai)",
          "Насколько ваш район хорош для благополучной жизни? (1 плохо, 5 отлично)",
          "Quão boa é a sua zona para viver bem? (1 fraca, 5 excelente)",
          "Intee in le'eg ayuu deegaankaagu u wanaagsan yahay in si fiican loogu noolaado? (1 liidata, 5 heer sare)",
          "آپ کا علاقہ اچھی زندگی گزارنے کے لیے کتنا اچھا ہے؟ (1 کمزور، 5 بہترین)",
        ),
      },
    ],
  },
];

/** Demo consultations (open, in all eight languages). Safe to run twice: an existing slug is left as it is. */
export async function seedDemoConsultations(db: TDbOrTx) {
  for (const c of demoConsultations) {
    const [existing] = await db.select({ id: consultations.id }).from(consultations).where(eq(consultations.slug, c.slug));
    if (existing) continue;
    const now = new Date();
    const [row] = await db
      .insert(consultations)
      .values({ slug: c.slug, title: c.title, summary: c.summary, background: c.background, status: "open", opensOn: now, openedAt: now, closesOn: new Date(now.getTime() + c.closesInDays * 86_400_000), targetLapCodes: c.targetLapCodes })
      .returning({ id: consultations.id });
    const ids = new Map<string, string>();
    let position = 1;
    for (const q of c.questions) {
      const [qRow] = await db
        .insert(consultationQuestions)
        .values({ consultationId: row!.id, position: position++, type: q.type, prompt: q.prompt, options: q.options ?? [], required: q.required ?? false, showIf: q.showIf ? { questionId: ids.get(q.showIf.key)!, value: q.showIf.value } : null })
        .returning({ id: consultationQuestions.id });
      ids.set(q.key, qRow!.id);
    }
  }
  return demoConsultations.length;
}
