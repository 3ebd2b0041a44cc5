import type { ReactNode } from "react";
import { BackLink } from "./back-link";
import { Button, ButtonLink } from "./button";
import { Checkboxes } from "./checkboxes";
import { Container } from "./container";
import { Details } from "./details";
import { ErrorMessage } from "./error-message";
import { ErrorSummary } from "./error-summary";
import { Fieldset } from "./fieldset";
import { Footer } from "./footer";
import { Header } from "./header";
import { InsetText } from "./inset-text";
import { LanguageSwitcher, type LanguageOption } from "./language-switcher";
import { NotificationBanner } from "./notification-banner";
import { Pagination } from "./pagination";
import { Panel } from "./panel";
import { PhaseBanner } from "./phase-banner";
import { ProgressIndicator } from "./progress";
import { Radios } from "./radios";
import { Select } from "./select";
import { SkipLink } from "./skip-link";
import { SummaryList } from "./summary-list";
import { Table } from "./table";
import { Tag, type TagColour } from "./tag";
import { TextInput } from "./text-input";
import { Textarea } from "./textarea";
import { UrgentHelp } from "./urgent-help";
import { WarningCallout } from "./warning-callout";

/*
 * Dev fixture: every design-system component on one page so axe and a
 * 320px/RTL visual check can run against it. English sample text is allowed
 * here only; real pages pass translated strings.
 */

const languages: LanguageOption[] = [
  { code: "en", name: "English", href: "/en/dev/gallery", dir: "ltr" },
  { code: "pl", name: "Polski", href: "/pl/dev/gallery", dir: "ltr" },
  { code: "ro", name: "Română", href: "/ro/dev/gallery", dir: "ltr" },
  { code: "lt", name: "Lietuvių", href: "/lt/dev/gallery", dir: "ltr" },
  { code: "ru", name: "Русский", href: "/ru/dev/gallery", dir: "ltr" },
  { code: "pt", name: "Português", href: "/pt/dev/gallery", dir: "ltr" },
  { code: "so", name: "Soomaali", href: "/so/dev/gallery", dir: "ltr" },
  { code: "ur", name: "اردو", href: "/ur/dev/gallery", dir: "rtl" },
];

const tagColours: TagColour[] = ["grey", "green", "blue", "yellow", "orange", "red", "purple", "white"];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-12 border-t border-nhs-grey-4 pt-8">
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

export type GalleryProps = {
  /** Render page chrome (skip link, header, main landmark, footer). Turn off when a layout already provides it. */
  standalone?: boolean;
};

export function Gallery({ standalone = true }: GalleryProps) {
  const content = (
    <Container className="py-6">
      <BackLink href="#main-content">Back</BackLink>
      <h1>Design system gallery</h1>
      <p>Every component in components/ui, with realistic sample content.</p>

      <ErrorSummary
        title="There is a problem"
        autoFocus={false}
        errors={[
          { href: "#full-name", message: "Enter your full name" },
          { href: "#contact-method", message: "Select how you would like to be contacted" },
        ]}
      />

      <ProgressIndicator label="Question 3 of 20" current={3} total={20} />

      <Section id="banners" title="Notification banners">
        <NotificationBanner title="Important">
          <p>Our telephone line is closed on bank holidays. You can still complete your assessment online.</p>
        </NotificationBanner>
        <NotificationBanner title="Success" variant="success" role="region">
          <h3>Your goal has been saved</h3>
          <p>
            You can <a href="#main-content">review your goals</a> at any time.
          </p>
        </NotificationBanner>
      </Section>

      <Section id="urgent" title="Urgent help">
        <UrgentHelp heading="If you need help now" headingPrefix="Urgent advice:" headingLevel={3}>
          <p>
            If you feel you might harm yourself or someone else, call <a href="tel:999">999</a> or go to A&amp;E
            now.
          </p>
          <p>
            For urgent mental health support, call <a href="tel:111">NHS 111</a> and select the mental health
            option. It is free, any time of day.
          </p>
        </UrgentHelp>
      </Section>

      <Section id="form" title="Form controls">
        <form action="#main-content" method="get" noValidate>
          <TextInput
            id="full-name"
            name="fullName"
            label="Full name"
            autoComplete="name"
            spellCheck={false}
            error="Enter your full name"
            errorPrefix="Error:"
          />
          <TextInput
            id="postcode"
            name="postcode"
            label="Postcode"
            hint="For example, NN1 1DE"
            autoComplete="postal-code"
            widthClass="w-[10ch]"
            dir="ltr"
          />
          <Textarea
            id="more-detail"
            name="moreDetail"
            label="Tell us anything else that would help"
            hint="Do not include personal medical details."
            rows={4}
          />
          <Select
            id="area"
            name="area"
            label="Local area"
            options={[
              { value: "", label: "Choose an area" },
              { value: "corby", label: "Corby" },
              { value: "kettering", label: "Kettering" },
              { value: "northampton", label: "Northampton" },
              { value: "wellingborough", label: "Wellingborough" },
            ]}
          />
          <Radios
            name="contact-method"
            legend="How would you like to be contacted?"
            hint="Select one option."
            error="Select how you would like to be contacted"
            errorPrefix="Error:"
            options={[
              { value: "email", label: "Email" },
              { value: "phone", label: "Phone", hint: "We will call from a withheld number." },
              { value: "text", label: "Text message" },
            ]}
          />
          <Radios
            name="has-carer"
            legend="Do you have a carer?"
            inline
            small
            defaultValue="no"
            options={[
              { value: "yes", label: "Yes" },
              { value: "no", label: "No" },
            ]}
          />
          <Checkboxes
            name="interests"
            legend="Which activities interest you?"
            hint="Select all that apply."
            defaultValues={["walking"]}
            options={[
              { value: "walking", label: "Walking groups" },
              { value: "gardening", label: "Community gardening" },
              { value: "arts", label: "Arts and crafts" },
              { value: "none", label: "None of these", exclusive: true, divider: "or" },
            ]}
          />
          <div className="mb-6">
            <Fieldset legend="When is a good time to call?">
              <div className="flex flex-wrap gap-4">
                <TextInput id="call-from" name="callFrom" label="From" type="time" widthClass="w-36" />
                <TextInput id="call-to" name="callTo" label="To" type="time" widthClass="w-36" />
              </div>
            </Fieldset>
          </div>
          <ErrorMessage id="standalone-error" prefix="Error:">
            Standalone error message example
          </ErrorMessage>
          <div className="mb-6 flex flex-wrap items-start gap-x-4 gap-y-6">
            <Button>Save and continue</Button>
            <Button variant="secondary" type="button">
              Save as draft
            </Button>
            <Button variant="warning" type="button">
              Delete my account
            </Button>
            <ButtonLink href="#main-content" variant="secondary">
              Cancel
            </ButtonLink>
          </div>
          <div className="mb-6 bg-nhs-blue p-4">
            <ButtonLink href="#main-content" variant="reverse">
              Start now
            </ButtonLink>
          </div>
        </form>
      </Section>

      <Section id="confirmation" title="Panel">
        <Panel title="Referral sent" headingLevel={2}>
          <p>
            Your reference number
            <br />
            <strong>NWP-4821-KT</strong>
          </p>
        </Panel>
      </Section>

      <Section id="tags" title="Tags">
        <ul className="flex list-none flex-wrap gap-3 ps-0">
          {tagColours.map((colour) => (
            <li key={colour} className="m-0">
              <Tag colour={colour}>{colour === "red" ? "Urgent" : `Status ${colour}`}</Tag>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="check-answers" title="Check your answers">
        <SummaryList
          rows={[
            {
              key: "Name",
              value: "Sarah Philips",
              action: { href: "#full-name", label: "Change", visuallyHiddenText: "name" },
            },
            {
              key: "Date of birth",
              value: "5 January 1978",
              action: { href: "#main-content", label: "Change", visuallyHiddenText: "date of birth" },
            },
            {
              key: "Address",
              value: (
                <>
                  72 Guild Street
                  <br />
                  Northampton
                  <br />
                  NN1 1DE
                </>
              ),
              action: { href: "#postcode", label: "Change", visuallyHiddenText: "address" },
            },
            { key: "NHS number", value: <span dir="ltr">485 777 3456</span> },
          ]}
        />
      </Section>

      <Section id="table" title="Table">
        <Table
          caption="Walking groups near you"
          scrollLabel="Walking groups near you (scrollable table)"
          firstCellIsHeader
          numericColumns={[4, 5]}
          head={["Group", "Town", "Day", "Time", "Distance (miles)", "Places left"]}
          rows={[
            ["Brixworth Striders", "Brixworth", "Monday", "10:00", "2.5", "4"],
            ["Nene Valley Wanderers", "Wellingborough", "Wednesday", "13:30", "3.0", "12"],
            ["Corby Boating Lake Loop", "Corby", "Saturday", "09:00", "1.5", <Tag key="full" colour="red">Full</Tag>],
          ]}
        />
      </Section>

      <Section id="pagination" title="Pagination">
        <Pagination
          navLabel="Results pages"
          previous={{ href: "?page=1", label: "Previous" }}
          next={{ href: "?page=3", label: "Next" }}
          pages={[
            { href: "?page=1", number: 1, label: "Page 1" },
            { href: "?page=2", number: 2, label: "Page 2", current: true },
            { href: "?page=3", number: 3, label: "Page 3" },
            { ellipsis: true },
            { href: "?page=9", number: 9, label: "Page 9" },
          ]}
        />
      </Section>

      <Section id="callouts" title="Callouts and disclosure">
        <WarningCallout heading="Important" headingPrefix="Important:">
          <p>This service does not replace your GP. If your symptoms get worse, contact your GP surgery.</p>
        </WarningCallout>
        <InsetText prefix="Information:">
          <p>You can change your answers before you submit them.</p>
        </InsetText>
        <Details summary="Why we ask about your health">
          <p>Your answers help us suggest activities and services that are right for you.</p>
        </Details>
      </Section>
    </Container>
  );

  if (!standalone) return content;

  return (
    <>
      <SkipLink>Skip to main content</SkipLink>
      <Header
        serviceName="Northamptonshire Wellbeing Portal"
        organisationName="Northamptonshire Integrated Care"
        homeHref="/en"
        languageSwitcher={<LanguageSwitcher label="Choose a language" current="en" options={languages} />}
        account={<a href="/en/sign-in">Sign in</a>}
        nav={
          <nav aria-label="Main menu">
            <ul className="m-0 flex list-none flex-wrap gap-x-6 ps-0">
              <li className="m-0">
                <a href="/en/assessment" className="inline-flex min-h-11 items-center">
                  Check your wellbeing
                </a>
              </li>
              <li className="m-0">
                <a href="/en/directory" className="inline-flex min-h-11 items-center">
                  Find local support
                </a>
              </li>
            </ul>
          </nav>
        }
        phaseBanner={
          <PhaseBanner tag="Beta">
            This is a new service. Your <a href="/en/feedback">feedback</a> will help us improve it.
          </PhaseBanner>
        }
      />
      <main id="main-content" className="bg-nhs-grey-5">
        {content}
      </main>
      <Footer
        navLabel="Support links"
        links={[
          { href: "/en/accessibility", label: "Accessibility statement" },
          { href: "/en/privacy", label: "Privacy" },
          { href: "/en/cookies", label: "Cookies" },
          { href: "/en/contact", label: "Contact us" },
        ]}
        meta={<p className="m-0">© North Northamptonshire and West Northamptonshire Councils</p>}
      />
    </>
  );
}
