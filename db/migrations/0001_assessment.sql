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
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assisted_by_users_id_fk" FOREIGN KEY ("assisted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_resume_code_unique" ON "assessments" USING btree ("resume_code_hash");--> statement-breakpoint
CREATE INDEX "assessments_user_idx" ON "assessments" USING btree ("user_id","completed_at");--> statement-breakpoint
CREATE INDEX "assessments_review_idx" ON "assessments" USING btree ("flagged_for_review");