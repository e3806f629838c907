import type { RequestContext } from '@pdo/service-kit';
import { Ctx, Query, Resolver } from 'type-graphql';
import { catalogueDocument } from '../open-data/catalogue.query';
import { OpenDataCatalogue } from './open-data.type';

@Resolver()
export class OpenDataResolver {
  @Query(() => OpenDataCatalogue, {
    description:
      'Открытые данные без входа: опубликованные программы, организации, группы, места и цены, без персональных данных. Ответ берётся из памяти, пока каталог не изменился',
  })
  async openDataCatalogue(@Ctx() { dataSource }: RequestContext): Promise<OpenDataCatalogue> {
    return catalogueDocument(dataSource);
  }
}
