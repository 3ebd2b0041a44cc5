CREATE TYPE "public"."directory_attending_type" AS ENUM('in_person', 'online', 'phone');--> statement-breakpoint
CREATE TYPE "public"."directory_service_status" AS ENUM('active', 'temporarily_closed', 'inactive');--> statement-breakpoint
CREATE TYPE "public"."directory_taxonomy" AS ENUM('wellbeing-domain', 'offer-type');--> statement-breakpoint
CREATE TYPE "public"."directory_version_state" AS ENUM('published', 'pending', 'approved', 'rejected');--> statement-breakpoint
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