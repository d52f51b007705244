import type { MeasureStatus } from '@klankbord/domain';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  Resolver,
  Root,
  Mutation,
} from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { assertListSize, FirstArg, firstItems, LIST_SIZE } from '../../shared/list-size.js';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import { Service } from '../catalog/service.entity.js';
import { canReadCase } from '../cases/case.policy.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { Person } from '../people/person.entity.js';
import { MeasureEffect } from './measure-effect.type.js';
import { MeasureEvent } from './measure-event.entity.js';
import {
  EvaluateMeasureInput,
  ImplementMeasureInput,
  LinkCasesToMeasureInput,
  MeasurePayload,
  MeasureStepInput,
  ProposeMeasureInput,
  UpdateMeasureInput,
} from './measure.inputs.js';
import { canReadMeasures, measurePermissions } from './measure.policy.js';
import {
  cancelMeasure,
  evaluateMeasure,
  implementMeasure,
  linkCasesToMeasure,
  updateMeasure,
} from './measure-steps.js';
import { MeasureStatusEnum, PreventiveMeasure } from './preventive-measure.entity.js';
import { proposeMeasure } from './propose-measure.js';
import { MessageDelivery } from '../outbox/message-delivery.type.js';

@ObjectType({ description: 'What the viewer may do with a measure now.' })
class MeasureViewerCan {
  @Field(() => Boolean, { description: 'Change its text, link cases.' })
  update!: boolean;

  @Field(() => Boolean, { description: 'Mark it implemented.' })
  implement!: boolean;

  @Field(() => Boolean, { description: 'Record its evaluation.' })
  evaluate!: boolean;

  @Field(() => Boolean, { description: 'Cancel it.' })
  cancel!: boolean;
}

@Resolver(() => PreventiveMeasure)
export class MeasuresResolver {
  @Authorized()
  @Query(() => [PreventiveMeasure], { description: 'The preventive measure register, newest first.' })
  async measures(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => MeasureStatusEnum, { nullable: true }) status?: MeasureStatus,
    @Arg('complaintTypeId', () => ID, { nullable: true }) complaintTypeId?: string,
    @FirstArg() first: number = LIST_SIZE.default,
  ): Promise<PreventiveMeasure[]> {
    if (!canReadMeasures(ctx.viewer)) throw forbidden('read the measure register');
    assertListSize(first);
    return ctx.em.find(
      PreventiveMeasure,
      {
        ...(status ? { status } : {}),
        ...(complaintTypeId && isUuid(complaintTypeId) ? { targetComplaintType: complaintTypeId } : {}),
      },
      { orderBy: { proposedAt: 'desc' }, limit: first },
    );
  }

  @Authorized()
  @Query(() => PreventiveMeasure, { description: 'One preventive measure.' })
  async measure(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PreventiveMeasure> {
    if (!canReadMeasures(ctx.viewer)) throw forbidden('read the measure register');
    const measure = isUuid(id) ? await ctx.em.findOne(PreventiveMeasure, id) : null;
    if (!measure) throw notFound('The measure');
    return measure;
  }

  @Authorized()
  @Mutation(() => MeasurePayload, { description: 'A handler proposes a preventive measure (step 5).' })
  async proposeMeasure(
    @Arg('input', () => ProposeMeasureInput) input: ProposeMeasureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MeasurePayload> {
    return { measure: await proposeMeasure({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => MeasurePayload, { description: 'Changes what a measure says (owner or administrator).' })
  async updateMeasure(
    @Arg('input', () => UpdateMeasureInput) input: UpdateMeasureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MeasurePayload> {
    return { measure: await updateMeasure({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => MeasurePayload, { description: 'Marks a measure implemented on a date (owner or administrator).' })
  async implementMeasure(
    @Arg('input', () => ImplementMeasureInput) input: ImplementMeasureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MeasurePayload> {
    return { measure: await implementMeasure({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => MeasurePayload, {
    description: 'Records the evaluation of an implemented measure (owner or administrator).',
  })
  async evaluateMeasure(
    @Arg('input', () => EvaluateMeasureInput) input: EvaluateMeasureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MeasurePayload> {
    return { measure: await evaluateMeasure({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => MeasurePayload, { description: 'Cancels a measure (owner or administrator).' })
  async cancelMeasure(
    @Arg('input', () => MeasureStepInput) input: MeasureStepInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MeasurePayload> {
    return { measure: await cancelMeasure({ ctx, input }) };
  }

  @Authorized()
  @Mutation(() => MeasurePayload, { description: 'Links complaints to a measure (owner or administrator).' })
  async linkCasesToMeasure(
    @Arg('input', () => LinkCasesToMeasureInput) input: LinkCasesToMeasureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MeasurePayload> {
    return { measure: await linkCasesToMeasure({ ctx, input }) };
  }

  @FieldResolver(() => ComplaintType, { description: 'The complaint type it should prevent.' })
  targetComplaintType(@Root() m: PreventiveMeasure): Promise<ComplaintType> {
    return m.targetComplaintType.loadOrFail();
  }

  @FieldResolver(() => Service, { nullable: true, description: 'The service it targets, if one.' })
  targetService(@Root() m: PreventiveMeasure): Promise<Service | null> | null {
    return m.targetService ? m.targetService.load() : null;
  }

  @FieldResolver(() => Person, { description: 'The handler who owns it.' })
  owner(@Root() m: PreventiveMeasure): Promise<Person> {
    return m.owner.loadOrFail();
  }

  @FieldResolver(() => [FeedbackCase], { description: 'Linked complaints the viewer may read.' })
  async linkedCases(
    @Root() m: PreventiveMeasure,
    @Ctx() ctx: RequestContext,
    @FirstArg() first: number,
  ): Promise<FeedbackCase[]> {
    const readable = (await m.linkedCases.load()).getItems().filter((c) => canReadCase(ctx.viewer, c));
    return firstItems(readable, first);
  }

  @FieldResolver(() => [MessageDelivery], {
    description:
      'The messages that told the relationship managers of this measure (step 5), with how their delivery went; oldest first.',
  })
  async messageDeliveries(@Root() m: PreventiveMeasure, @Ctx() ctx: RequestContext): Promise<MessageDelivery[]> {
    return (await ctx.loaders.measureMessages.load(m.id)).map((message) => MessageDelivery.of(message));
  }

  @FieldResolver(() => [MeasureEvent], { description: 'The measure’s history, oldest first.' })
  async history(
    @Root() m: PreventiveMeasure,
    @Ctx() ctx: RequestContext,
    @FirstArg() first: number,
  ): Promise<MeasureEvent[]> {
    return firstItems(await ctx.loaders.measureHistory.load(m.id), first);
  }

  @FieldResolver(() => MeasureEffect, {
    description: 'The complaint rate of the target before and after implementation.',
  })
  effect(@Root() m: PreventiveMeasure, @Ctx() ctx: RequestContext): Promise<MeasureEffect> {
    return ctx.loaders.measureEffect.load(m);
  }

  @FieldResolver(() => MeasureViewerCan, { description: 'What the viewer may do with it now.' })
  viewerCan(@Root() m: PreventiveMeasure, @Ctx() ctx: RequestContext): MeasureViewerCan {
    return measurePermissions(ctx.viewer, m);
  }
}
