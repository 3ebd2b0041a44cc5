CREATE TYPE "public"."booking_status" AS ENUM('confirmed', 'cancelled', 'moved', 'attended', 'did_not_attend');--> statement-breakpoint
CREATE TYPE "public"."booking_reminder_kind" AS ENUM('48h', '2h');--> statement-breakpoint
CREATE TYPE "public"."booking_session_kind" AS ENUM('appointment', 'course');--> statement-breakpoint
CREATE TYPE "public"."booking_session_mode" AS ENUM('in_person', 'telephone', 'online');--> statement-breakpoint
CREATE TYPE "public"."booking_smoking_outcome" AS ENUM('quit_co_validated', 'quit_self_reported', 'not_quit', 'lost_to_follow_up');--> statement-breakpoint
CREATE TYPE "public"."booking_waiting_status" AS ENUM('waiting', 'offered', 'accepted', 'expired', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."consultation_status" AS ENUM('draft', 'open', 'closed', 'responded');--> statement-breakpoint
CREATE TYPE "public"."idea_moderation_state" AS ENUM('pending', 'published', 'held', 'hidden');--> statement-breakpoint
CREATE TYPE "public"."consultation_question_type" AS ENUM('idea', 'single', 'multiple', 'rating');--> statement-breakpoint
CREATE TYPE "public"."consultation_response_channel" AS ENUM('online', 'paper', 'event', 'staff');--> statement-breakpoint
CREATE TYPE "public"."engagement_theme_kind" AS ENUM('big-idea', 'wellbeing-domain', 'lybl-ambition');--> statement-breakpoint
CREATE TYPE "public"."directory_attending_type" AS ENUM('in_person', 'online', 'phone');--> statement-breakpoint
CREATE TYPE "public"."directory_service_status" AS ENUM('active', 'temporarily_closed', 'inactive');--> statement-breakpoint
CREATE TYPE "public"."directory_taxonomy" AS ENUM('wellbeing-domain', 'offer-type');--> statement-breakpoint
CREATE TYPE "public"."directory_version_state" AS ENUM('published', 'pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "booking_outcomes" (
	"booking_id" uuid PRIMARY KEY NOT NULL,
	"smoking_4_week" "booking_smoking_outcome",
	"weight_week0_grams" integer,
	"weight_week12_grams" integer,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_outcomes_weights" CHECK (("booking_outcomes"."weight_week0_grams" is null or "booking_outcomes"."weight_week0_grams" between 20000 and 400000) and ("booking_outcomes"."weight_week12_grams" is null or "booking_outcomes"."weight_week12_grams" between 20000 and 400000))
);
--> statement-breakpoint
CREATE TABLE "booking_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"kind" "booking_reminder_kind" NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"skipped_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "booking_session_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "booking_session_meetings_order" CHECK ("booking_session_meetings"."ends_at" > "booking_session_meetings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "booking_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"kind" "booking_session_kind" DEFAULT 'appointment' NOT NULL,
	"mode" "booking_session_mode" NOT NULL,
	"venue_name" text,
	"venue_address" text,
	"venue_postcode" text,
	"town" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	"booking_opens_at" timestamp with time zone NOT NULL,
	"booking_closes_at" timestamp with time zone NOT NULL,
	"external_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "booking_sessions_external_ref_unique" UNIQUE("external_ref"),
	CONSTRAINT "booking_sessions_capacity_positive" CHECK ("booking_sessions"."capacity" > 0),
	CONSTRAINT "booking_sessions_booked_within_capacity" CHECK ("booking_sessions"."booked" >= 0 and "booking_sessions"."booked" <= "booking_sessions"."capacity"),
	CONSTRAINT "booking_sessions_ends_after_start" CHECK ("booking_sessions"."ends_at" > "booking_sessions"."starts_at"),
	CONSTRAINT "booking_sessions_window" CHECK ("booking_sessions"."booking_opens_at" < "booking_sessions"."booking_closes_at" and "booking_sessions"."booking_closes_at" <= "booking_sessions"."starts_at"),
	CONSTRAINT "booking_sessions_venue" CHECK ("booking_sessions"."mode" <> 'in_person' or ("booking_sessions"."venue_name" is not null and "booking_sessions"."venue_postcode" is not null))
);
--> statement-breakpoint
CREATE TABLE "booking_waiting_list" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid,
	"resident_key" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"mobile" text,
	"locale" text DEFAULT 'en' NOT NULL,
	"status" "booking_waiting_status" DEFAULT 'waiting' NOT NULL,
	"offered_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_waiting_list_contact" CHECK ("booking_waiting_list"."email" is not null or "booking_waiting_list"."mobile" is not null)
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid,
	"resident_key" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"mobile" text,
	"locale" text DEFAULT 'en' NOT NULL,
	"status" "booking_status" DEFAULT 'confirmed' NOT NULL,
	"prioritised" boolean DEFAULT false NOT NULL,
	"idempotency_key" text NOT NULL,
	"moved_to_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_contact" CHECK ("bookings"."email" is not null or "bookings"."mobile" is not null)
);
--> statement-breakpoint
CREATE TABLE "consultation_answers" (
	"response_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"value" jsonb NOT NULL,
	CONSTRAINT "consultation_answers_response_id_question_id_pk" PRIMARY KEY("response_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"type" "consultation_question_type" NOT NULL,
	"prompt" jsonb NOT NULL,
	"hint" jsonb,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"show_if" jsonb
);
--> statement-breakpoint
CREATE TABLE "consultation_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"user_id" uuid,
	"channel" "consultation_response_channel" DEFAULT 'online' NOT NULL,
	"entered_by" uuid,
	"postcode_sector" text,
	"lap_id" uuid,
	"language" text NOT NULL,
	"contact_email" text,
	"age_band" text,
	"sex" text,
	"ethnicity" text,
	"disability" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_responses_age_ck" CHECK (age_band is null or age_band in ('16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75+', 'prefer-not')),
	CONSTRAINT "consultation_responses_sex_ck" CHECK (sex is null or sex in ('female', 'male', 'prefer-not')),
	CONSTRAINT "consultation_responses_ethnicity_ck" CHECK (ethnicity is null or ethnicity in ('white', 'mixed', 'asian', 'black', 'other', 'prefer-not')),
	CONSTRAINT "consultation_responses_disability_ck" CHECK (disability is null or disability in ('yes-a-lot', 'yes-a-little', 'no', 'prefer-not'))
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"background" jsonb NOT NULL,
	"status" "consultation_status" DEFAULT 'draft' NOT NULL,
	"opens_on" timestamp with time zone,
	"closes_on" timestamp with time zone,
	"target_lap_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_place_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	CONSTRAINT "consultations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "consultations_dates_ck" CHECK ("consultations"."closes_on" is null or "consultations"."opens_on" is null or "consultations"."closes_on" > "consultations"."opens_on")
);
--> statement-breakpoint
CREATE TABLE "engagement_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" "engagement_theme_kind" NOT NULL,
	"name" jsonb NOT NULL,
	"keywords" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"illustrative" boolean DEFAULT true NOT NULL,
	CONSTRAINT "engagement_themes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "idea_supports" (
	"idea_id" uuid NOT NULL,
	"supporter_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idea_supports_idea_id_supporter_key_pk" PRIMARY KEY("idea_id","supporter_key")
);
--> statement-breakpoint
CREATE TABLE "idea_themes" (
	"idea_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"assigned_by" uuid NOT NULL,
	"suggested" boolean DEFAULT false NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idea_themes_idea_id_theme_id_pk" PRIMARY KEY("idea_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"question_id" uuid,
	"text" text NOT NULL,
	"language" text NOT NULL,
	"content_hash" text NOT NULL,
	"translation" jsonb,
	"translated_by" uuid,
	"state" "idea_moderation_state" DEFAULT 'pending' NOT NULL,
	"auto_hold_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"moderation_reason" text,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ideas_hidden_reason_ck" CHECK ("ideas"."state" <> 'hidden' or "ideas"."moderation_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "you_said_we_did" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"theme_id" uuid,
	"you_said" jsonb NOT NULL,
	"we_did" jsonb NOT NULL,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "you_said_we_did_unique" UNIQUE NULLS NOT DISTINCT("consultation_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_answers" (
	"assessment_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"value" jsonb NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_answers_assessment_id_question_id_pk" PRIMARY KEY("assessment_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"resume_code_hash" text NOT NULL,
	"bank_version" text NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"channel" text DEFAULT 'self' NOT NULL,
	"venue" text,
	"assisted_by" uuid,
	"easy_read" boolean DEFAULT false NOT NULL,
	"crisis_question" text,
	"review_consent" boolean,
	"flagged_for_review" boolean DEFAULT false NOT NULL,
	"result" jsonb,
	"rules_version" text,
	"lap_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "assessments_status_check" CHECK ("assessments"."status" in ('in_progress', 'crisis', 'completed')),
	CONSTRAINT "assessments_channel_check" CHECK ("assessments"."channel" in ('self', 'advisor', 'vcse')),
	CONSTRAINT "assessments_completed_has_result" CHECK ("assessments"."status" <> 'completed' or ("assessments"."result" is not null and "assessments"."rules_version" is not null and "assessments"."completed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "directory_api_request_counts" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "directory_api_request_counts_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "directory_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address_1" text NOT NULL,
	"city" text NOT NULL,
	"postcode" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"lap_id" uuid,
	"accessibility" jsonb,
	"step_free" boolean DEFAULT false NOT NULL,
	"hearing_loop" boolean DEFAULT false NOT NULL,
	"accessible_toilet" boolean DEFAULT false NOT NULL,
	"transport" jsonb,
	CONSTRAINT "directory_locations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "directory_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"status" "directory_service_status" DEFAULT 'active' NOT NULL,
	"url" text,
	"email" text,
	"phone" text,
	"application_process" jsonb,
	"is_free" boolean DEFAULT true NOT NULL,
	"fees_description" jsonb,
	"minimum_age" integer,
	"maximum_age" integer,
	"eligibility_description" jsonb,
	"accepting_referrals" boolean DEFAULT true NOT NULL,
	"wait_weeks" integer,
	"assured_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_document" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_document)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_services_slug_unique" UNIQUE("slug"),
	CONSTRAINT "directory_services_ages" CHECK ("directory_services"."minimum_age" is null or "directory_services"."maximum_age" is null or "directory_services"."minimum_age" <= "directory_services"."maximum_age"),
	CONSTRAINT "directory_services_age_range" CHECK (("directory_services"."minimum_age" is null or "directory_services"."minimum_age" between 0 and 120) and ("directory_services"."maximum_age" is null or "directory_services"."maximum_age" between 0 and 120)),
	CONSTRAINT "directory_services_wait" CHECK ("directory_services"."wait_weeks" is null or "directory_services"."wait_weeks" between 0 and 104)
);
--> statement-breakpoint
CREATE TABLE "directory_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"service_at_location_id" uuid,
	"byday" text NOT NULL,
	"opens_at" text NOT NULL,
	"closes_at" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"attending_type" "directory_attending_type" DEFAULT 'in_person' NOT NULL,
	"description" jsonb,
	CONSTRAINT "directory_schedules_byday" CHECK ("directory_schedules"."byday" in ('MO','TU','WE','TH','FR','SA','SU')),
	CONSTRAINT "directory_schedules_times" CHECK ("directory_schedules"."opens_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "directory_schedules"."closes_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "directory_schedules"."opens_at" < "directory_schedules"."closes_at")
);
--> statement-breakpoint
CREATE TABLE "directory_service_areas" (
	"service_id" uuid NOT NULL,
	"lap_id" uuid NOT NULL,
	CONSTRAINT "directory_service_areas_service_id_lap_id_pk" PRIMARY KEY("service_id","lap_id")
);
--> statement-breakpoint
CREATE TABLE "directory_service_at_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_service_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"email" text,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "directory_service_languages" (
	"service_id" uuid NOT NULL,
	"code" text NOT NULL,
	CONSTRAINT "directory_service_languages_service_id_code_pk" PRIMARY KEY("service_id","code")
);
--> statement-breakpoint
CREATE TABLE "directory_service_taxonomy" (
	"service_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	CONSTRAINT "directory_service_taxonomy_service_id_term_id_pk" PRIMARY KEY("service_id","term_id")
);
--> statement-breakpoint
CREATE TABLE "directory_service_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"state" "directory_version_state" NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "directory_taxonomy_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"taxonomy" "directory_taxonomy" NOT NULL,
	"name" jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "directory_taxonomy_terms_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "description" jsonb;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "charity_number" text;--> statement-breakpoint
ALTER TABLE "booking_outcomes" ADD CONSTRAINT "booking_outcomes_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_outcomes" ADD CONSTRAINT "booking_outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_reminders" ADD CONSTRAINT "booking_reminders_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_session_meetings" ADD CONSTRAINT "booking_session_meetings_session_id_booking_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."booking_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_sessions" ADD CONSTRAINT "booking_sessions_service_id_wellbeing_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."wellbeing_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_waiting_list" ADD CONSTRAINT "booking_waiting_list_session_id_booking_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."booking_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_waiting_list" ADD CONSTRAINT "booking_waiting_list_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_session_id_booking_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."booking_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_response_id_consultation_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."consultation_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_question_id_consultation_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."consultation_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_questions" ADD CONSTRAINT "consultation_questions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_lap_id_laps_id_fk" FOREIGN KEY ("lap_id") REFERENCES "public"."laps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_supports" ADD CONSTRAINT "idea_supports_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_themes" ADD CONSTRAINT "idea_themes_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_themes" ADD CONSTRAINT "idea_themes_theme_id_engagement_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."engagement_themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_themes" ADD CONSTRAINT "idea_themes_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_response_id_consultation_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."consultation_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_question_id_consultation_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."consultation_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_translated_by_users_id_fk" FOREIGN KEY ("translated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "you_said_we_did" ADD CONSTRAINT "you_said_we_did_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "you_said_we_did" ADD CONSTRAINT "you_said_we_did_theme_id_engagement_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."engagement_themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "you_said_we_did" ADD CONSTRAINT "you_said_we_did_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assisted_by_users_id_fk" FOREIGN KEY ("assisted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_locations" ADD CONSTRAINT "directory_locations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_locations" ADD CONSTRAINT "directory_locations_lap_id_laps_id_fk" FOREIGN KEY ("lap_id") REFERENCES "public"."laps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_schedules" ADD CONSTRAINT "directory_schedules_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_schedules" ADD CONSTRAINT "directory_schedules_service_at_location_id_directory_service_at_locations_id_fk" FOREIGN KEY ("service_at_location_id") REFERENCES "public"."directory_service_at_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_areas" ADD CONSTRAINT "directory_service_areas_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_areas" ADD CONSTRAINT "directory_service_areas_lap_id_laps_id_fk" FOREIGN KEY ("lap_id") REFERENCES "public"."laps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_at_locations" ADD CONSTRAINT "directory_service_at_locations_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_at_locations" ADD CONSTRAINT "directory_service_at_locations_location_id_directory_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."directory_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_contacts" ADD CONSTRAINT "directory_service_contacts_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_languages" ADD CONSTRAINT "directory_service_languages_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_taxonomy" ADD CONSTRAINT "directory_service_taxonomy_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_taxonomy" ADD CONSTRAINT "directory_service_taxonomy_term_id_directory_taxonomy_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."directory_taxonomy_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_versions" ADD CONSTRAINT "directory_service_versions_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_versions" ADD CONSTRAINT "directory_service_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_versions" ADD CONSTRAINT "directory_service_versions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "booking_reminders_once" ON "booking_reminders" USING btree ("booking_id","kind");--> statement-breakpoint
CREATE INDEX "booking_reminders_due_idx" ON "booking_reminders" USING btree ("due_at") WHERE "booking_reminders"."sent_at" is null and "booking_reminders"."skipped_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "booking_session_meetings_unique" ON "booking_session_meetings" USING btree ("session_id","starts_at");--> statement-breakpoint
CREATE INDEX "booking_sessions_service_start_idx" ON "booking_sessions" USING btree ("service_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_waiting_list_one_per_resident" ON "booking_waiting_list" USING btree ("session_id","resident_key") WHERE "booking_waiting_list"."status" in ('waiting', 'offered');--> statement-breakpoint
CREATE INDEX "booking_waiting_list_queue_idx" ON "booking_waiting_list" USING btree ("session_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_idempotency_key_unique" ON "bookings" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_one_place_per_resident" ON "bookings" USING btree ("session_id","resident_key") WHERE "bookings"."status" in ('confirmed', 'attended', 'did_not_attend');--> statement-breakpoint
CREATE INDEX "bookings_session_idx" ON "bookings" USING btree ("session_id","status");--> statement-breakpoint
CREATE INDEX "bookings_user_idx" ON "bookings" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_questions_position_unique" ON "consultation_questions" USING btree ("consultation_id","position");--> statement-breakpoint
CREATE INDEX "consultation_responses_consultation_idx" ON "consultation_responses" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consultation_responses_lap_idx" ON "consultation_responses" USING btree ("lap_id");--> statement-breakpoint
CREATE INDEX "consultations_status_idx" ON "consultations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idea_themes_theme_idx" ON "idea_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ideas_duplicate_unique" ON "ideas" USING btree ("consultation_id","content_hash");--> statement-breakpoint
CREATE INDEX "ideas_state_idx" ON "ideas" USING btree ("consultation_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_resume_code_unique" ON "assessments" USING btree ("resume_code_hash");--> statement-breakpoint
CREATE INDEX "assessments_user_idx" ON "assessments" USING btree ("user_id","completed_at");--> statement-breakpoint
CREATE INDEX "assessments_review_idx" ON "assessments" USING btree ("flagged_for_review");--> statement-breakpoint
CREATE INDEX "directory_locations_org_idx" ON "directory_locations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "directory_locations_lap_idx" ON "directory_locations" USING btree ("lap_id");--> statement-breakpoint
CREATE INDEX "directory_services_org_idx" ON "directory_services" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "directory_services_status_idx" ON "directory_services" USING btree ("status");--> statement-breakpoint
CREATE INDEX "directory_services_fts_idx" ON "directory_services" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "directory_schedules_service_idx" ON "directory_schedules" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "directory_schedules_day_idx" ON "directory_schedules" USING btree ("byday","opens_at");--> statement-breakpoint
CREATE INDEX "directory_service_areas_lap_idx" ON "directory_service_areas" USING btree ("lap_id");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_sal_unique" ON "directory_service_at_locations" USING btree ("service_id","location_id");--> statement-breakpoint
CREATE INDEX "directory_sal_location_idx" ON "directory_service_at_locations" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "directory_service_languages_code_idx" ON "directory_service_languages" USING btree ("code");--> statement-breakpoint
CREATE INDEX "directory_service_taxonomy_term_idx" ON "directory_service_taxonomy" USING btree ("term_id");--> statement-breakpoint
CREATE INDEX "directory_service_versions_service_idx" ON "directory_service_versions" USING btree ("service_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_service_versions_one_pending" ON "directory_service_versions" USING btree ("service_id") WHERE "directory_service_versions"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "directory_taxonomy_terms_taxonomy_idx" ON "directory_taxonomy_terms" USING btree ("taxonomy","sort_order");